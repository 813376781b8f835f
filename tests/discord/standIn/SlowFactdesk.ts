import type { Factdesk, FactQuery, SummaryOptions } from '../../../src/core/Factdesk.ts';
import { faultCounts } from './faults.ts';

/**
 * The real core behind a switch: while `delayMs` is set, `ask` and `summarise` block the thread that long first
 * (the core is synchronous, so a slow core blocks the bot); while `failing`, `ask` throws after any delay.
 */
export class SlowFactdesk implements Factdesk {
	delayMs = 0;
	failing = false;

	constructor(private readonly real: Factdesk) {}

	reports() {
		return this.real.reports();
	}

	ask(question: string) {
		this.#pause();
		if (this.failing) throw new Error('the core failed on purpose');
		return this.real.ask(question);
	}

	summarise(options?: SummaryOptions) {
		this.#pause();
		return this.real.summarise(options);
	}

	facts(query?: FactQuery) {
		return this.real.facts(query);
	}

	paragraph(paragraph: number, report?: string) {
		return this.real.paragraph(paragraph, report);
	}

	suggest(partial: string, limit?: number) {
		return this.real.suggest(partial, limit);
	}

	#pause(): void {
		if (this.delayMs <= 0) return;
		faultCounts['slow engines']++;
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, this.delayMs);
	}
}
