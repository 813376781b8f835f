import type { ReportInfo } from '../core/types.ts';
import { consoleText } from './consoleText.ts';

/**
 * The loaded reports, one a line: id, title, outlet and date when known, paragraph count.
 *
 * @example
 * formatReports(desk.reports()); // 'energy-truce-strikes: Energy truce strikes (7 paragraphs)'
 */
export function formatReports(reports: readonly ReportInfo[]): string {
	if (reports.length === 0) return consoleText.noReports;
	return reports
		.map((r) => {
			const about = [r.outlet, r.published].filter(Boolean).join(', ');
			return consoleText.chat.reportLine(r.id, r.title, r.paragraphs, about);
		})
		.join('\n');
}
