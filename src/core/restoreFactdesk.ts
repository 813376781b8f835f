import { createFactdesk, type EngineTuning } from './createFactdesk.ts';
import type { Factdesk } from './Factdesk.ts';
import type { IndexState } from './IndexState.ts';
import { restoreIndex } from './restoreIndex.ts';

/**
 * The engine over an index saved with serialiseIndex: answers exactly like createFactdesk on the same reports,
 * without indexing them again. Throws when the state's parts do not fit together.
 *
 * @example
 * const desk = restoreFactdesk(serialiseIndex(indexReports(reports)));
 * desk.ask('How many drones were shot down?').answer; // '72 drones'
 */
export function restoreFactdesk(state: IndexState, tuning: EngineTuning = {}): Factdesk {
	const index = restoreIndex(state);
	return createFactdesk(index.corpus.reports, tuning, index);
}
