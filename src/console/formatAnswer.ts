import { quoteSentence } from '../core/quoteSentence.ts';
import type { Answer, ReportInfo } from '../core/types.ts';
import { consoleText } from './consoleText.ts';

/**
 * Turns an Answer into terminal text: the answer, the quoted sentence and where it stands.
 *
 * @example
 * formatAnswer(desk.ask('how many drones were shot down?'), desk.reports());
 * // '72 drones\n  “Ukrainian forces managed …” (Energy truce strikes, paragraph 5, sentence 3)'
 */
export function formatAnswer(answer: Answer, reports: ReportInfo[]): string {
	const title = (id: string) => reports.find((r) => r.id === id)?.title ?? id;
	const source = answer.sources[0];
	if (!answer.answered || !source) {
		const topics = answer.closestTopics.length ? ` ${consoleText.closestTopics(answer.closestTopics)}` : '';
		return `${consoleText.notInReport}${topics}`;
	}
	const lines = [
		answer.answer,
		`  ${quoteSentence(source.quote)}`,
		`  — ${title(source.report)}, paragraph ${source.paragraph}, sentence ${source.sentence} (confidence ${Math.round(answer.confidence * 100)}%)`,
	];
	for (const conflict of answer.conflicts) {
		lines.push(
			`  ${consoleText.conflictingFigure(conflict.text, title(conflict.source.report), conflict.source.paragraph)}`,
		);
	}
	return lines.join('\n');
}
