import { quoteSentence } from '../core/quoteSentence.ts';
import type { ReportInfo, Summary } from '../core/types.ts';
import { consoleText } from './consoleText.ts';
import { formatCitation } from './formatCitation.ts';

/**
 * A summary as terminal text: a heading, then each sentence quoted with where it stands.
 *
 * @example
 * formatSummary(desk.summarise({ length: 'short' }), desk.reports());
 * // 'Energy truce strikes: short summary\n1. “Ukraine and Russia …”\n   (Energy truce strikes, paragraph 1, sentence 1)\n…'
 */
export function formatSummary(summary: Summary, reports: readonly ReportInfo[]): string {
	const lines = [consoleText.chat.summaryHeading(summary.title, summary.length, summary.topic)];
	summary.sentences.forEach((sentence, index) => {
		lines.push(`${index + 1}. ${quoteSentence(sentence.quote)}`, `   (${formatCitation(sentence, reports)})`);
	});
	return lines.join('\n');
}
