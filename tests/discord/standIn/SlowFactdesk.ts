import { setTimeout as sleep } from 'node:timers/promises';
import type { Factdesk, FactQuery, SummaryOptions } from '../../../src/core/Factdesk.ts';
import type { AsyncFactdesk } from '../../../src/engine/AsyncFactdesk.ts';
import { faultCounts } from './faults.ts';

/**
 * The real core behind a switch, as the engine thread serves it: while `delayMs` is set, `ask` and `summarise`
 * answer that much later (a busy engine thread); while `failing`, `ask` rejects after any delay.
 */
export class SlowFactdesk implements AsyncFactdesk {
	delayMs = 0;
	failing = false;

	constructor(private readonly real: Factdesk) {}

	async reports() {
		return this.real.reports();
	}

	async ask(question: string, report?: string) {
		await this.#pause();
		if (this.failing) throw new Error('the core failed on purpose');
		return this.real.ask(question, report);
	}

	async summarise(options?: SummaryOptions) {
		await this.#pause();
		return this.real.summarise(options);
	}

	async facts(query?: FactQuery) {
		return this.real.facts(query);
	}

	async factPage(query: FactQuery, page: number, perPage: number) {
		return this.real.factPage(query, page, perPage);
	}

	async paragraph(paragraph: number, report?: string) {
		return this.real.paragraph(paragraph, report);
	}

	async suggest(partial: string, limit?: number) {
		return this.real.suggest(partial, limit);
	}

	async #pause(): Promise<void> {
		if (this.delayMs <= 0) return;
		faultCounts['slow engines']++;
		await sleep(this.delayMs);
	}
}
