import type { IndexState } from './IndexState.ts';
import type { ReportIndex } from './indexReports.ts';
import { restoreIndexSteps } from './restoreIndexSteps.ts';
import { runSteps } from './runSteps.ts';

/**
 * Rebuilds the index serialiseIndex saved, without tokenising or extracting again. Throws on a state whose
 * parts do not fit together (the caller then builds afresh). Runs restoreIndexSteps at once.
 *
 * @example
 * const index = restoreIndex(JSON.parse(cachedText));
 * createFactdesk(index.corpus.reports, {}, index).ask('How many drones were shot down?');
 */
export function restoreIndex(state: IndexState): ReportIndex {
	return runSteps(restoreIndexSteps(state));
}
