import type { ReportInfo, SourceRef } from '../core/types.ts';
import { consoleText } from './consoleText.ts';

/**
 * Where a sentence stands, for the terminal: report title, paragraph and sentence.
 *
 * @example
 * formatCitation({ report: 'strikes', paragraph: 5, sentence: 3, ... }, desk.reports());
 * // 'Energy truce strikes, paragraph 5, sentence 3'
 */
export function formatCitation(source: SourceRef, reports: readonly ReportInfo[]): string {
	const title = reports.find((r) => r.id === source.report)?.title ?? source.report;
	return consoleText.chat.citation(title, source.paragraph, source.sentence);
}
