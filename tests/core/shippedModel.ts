import type { EngineTuning } from '../../src/core/createFactdesk.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { loadRankerModel } from '../../src/engine/loadRankerModel.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { parseReport } from '../../src/reports/parseReport.ts';

/** The engine's tuning as shipped: the learned model in models/ (a test fails loudly if it cannot be loaded). */
export function shippedModelTuning(): EngineTuning {
	const loaded = loadRankerModel();
	if (!loaded.model) throw new Error(loaded.problem);
	return { model: loaded.model };
}

/** An engine with the shipped model over one report written by the test (its text as a report file holds it). */
export function shippedDesk(id: string, text: string) {
	const parsed = parseReport(id, text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return createFactdesk([parsed.report], shippedModelTuning());
}

/** An engine with the shipped model over one new-user set's reports ("nu113-" for set 113), as a member would ask them. */
export function newUserDesk(prefix: string) {
	const reports = loadReports('tests/fixtures/new-user-reports').reports.filter((r) => r.id.startsWith(prefix));
	return createFactdesk(reports, shippedModelTuning());
}
