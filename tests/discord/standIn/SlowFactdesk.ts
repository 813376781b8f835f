import { setTimeout as sleep } from 'node:timers/promises';
import type { Factdesk } from '../../../src/core/Factdesk.ts';
import { type AsyncFactdesk, forwardFactdesk } from '../../../src/engine/AsyncFactdesk.ts';
import { faultCounts } from './faults.ts';

/** The methods a busy engine thread answers late. */
const SLOWED: ReadonlySet<keyof Factdesk> = new Set(['ask', 'summarise']);

/**
 * The real core behind a switch, as the engine thread serves it (every method generated from the engine's one
 * list, like the real boundary): while `delayMs` is set, `ask` and `summarise` answer that much later (a busy
 * engine thread); while `failing`, `ask` rejects after any delay. `asked` records every question that reached it.
 */
export class SlowFactdesk {
	delayMs = 0;
	failing = false;
	readonly asked: string[] = [];
	readonly desk: AsyncFactdesk;

	constructor(real: Factdesk) {
		this.desk = forwardFactdesk(async (method, args) => {
			if (method === 'ask') this.asked.push(String(args[0]));
			if (SLOWED.has(method)) await this.#pause();
			if (method === 'ask' && this.failing) throw new Error('the core failed on purpose');
			return (real[method] as (...a: unknown[]) => unknown)(...args);
		});
	}

	async #pause(): Promise<void> {
		if (this.delayMs <= 0) return;
		faultCounts['slow engines']++;
		await sleep(this.delayMs);
	}
}
