import type { Report } from '../../src/core/types.ts';
import { loadReports } from '../../src/reports/loadReports.ts';

/** The reports in tests/fixtures/reports: the seed report and a second, invented one. */
export function loadFixtureReports(): Report[] {
	const { reports, errors } = loadReports('tests/fixtures/reports');
	if (errors.length > 0) throw new Error(`fixture reports failed to load: ${JSON.stringify(errors)}`);
	return reports;
}
