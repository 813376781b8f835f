import { createFactdeskSteps } from './createFactdeskSteps.ts';
import type { Factdesk } from './Factdesk.ts';
import type { IndexState } from './IndexState.ts';
import type { MatchOptions } from './options.ts';
import { restoreIndexSteps } from './restoreIndexSteps.ts';
import type { Steps } from './runSteps.ts';

/**
 * restoreFactdesk step by step: restores the index, then builds the engine's lookup tables, yielding every few
 * sentences, reports and facts so the caller can let other work run in between (each step takes well under a
 * millisecond). The engine answers exactly like restoreFactdesk's; throws like it on a state that does not fit.
 *
 * @example
 * const steps = restoreFactdeskSteps(state);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // or pause between steps
 * step.value.ask('How many drones were shot down?').answer; // '72 drones'
 */
export function* restoreFactdeskSteps(state: IndexState, tuning: Partial<MatchOptions> = {}): Steps<Factdesk> {
	const index = yield* restoreIndexSteps(state);
	return yield* createFactdeskSteps(index.corpus.reports, tuning, index);
}
