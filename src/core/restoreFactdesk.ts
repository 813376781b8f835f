import type { Factdesk } from './Factdesk.ts';
import type { IndexState } from './IndexState.ts';
import type { MatchOptions } from './options.ts';
import { restoreFactdeskSteps } from './restoreFactdeskSteps.ts';
import { runSteps } from './runSteps.ts';

/**
 * The engine over an index saved with serialiseIndex: answers exactly like createFactdesk on the same reports,
 * without indexing them again. Throws when the state's parts do not fit together. Runs restoreFactdeskSteps at
 * once; an adapter that must keep answering meanwhile drives those steps itself.
 *
 * @example
 * const desk = restoreFactdesk(serialiseIndex(indexReports(reports)));
 * desk.ask('How many drones were shot down?').answer; // '72 drones'
 */
export function restoreFactdesk(state: IndexState, tuning: Partial<MatchOptions> = {}): Factdesk {
	return runSteps(restoreFactdeskSteps(state, tuning));
}
