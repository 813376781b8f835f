import { createFactdeskSteps } from './createFactdeskSteps.ts';
import type { Factdesk } from './Factdesk.ts';
import { indexReports, type ReportIndex } from './indexReports.ts';
import type { MatchOptions } from './options.ts';
import { runSteps } from './runSteps.ts';
import type { Report } from './types.ts';

/**
 * Builds the question-answering engine over a set of reports: sentences, facts and the index, once; or over an
 * index built before (see restoreFactdesk). Runs createFactdeskSteps at once.
 *
 * @example
 * const desk = createFactdesk(reports);
 * desk.ask('How many drones were shot down?').answer; // '72 drones'
 */
export function createFactdesk(
	reports: Report[],
	tuning: Partial<MatchOptions> = {},
	index: ReportIndex = indexReports(reports),
): Factdesk {
	return runSteps(createFactdeskSteps(reports, tuning, index));
}
