import type { AnswerContext } from './AnswerContext.ts';

/** The title and text of the report paragraph `index` belongs to. */
export function reportText(context: AnswerContext, index: number): string {
	const report = context.corpus.reports[context.corpus.paragraphReport[index] ?? 0];
	return report ? `${report.title}\n${report.paragraphs.join('\n')}` : '';
}
