import type { AnswerContext } from './AnswerContext.ts';

/** The title and text of the report paragraph `index` belongs to. */
export function reportText(context: AnswerContext, index: number): string {
	const report = context.corpus.reports[context.corpus.paragraphReport[index] ?? 0];
	return report ? `${report.title}\n${report.paragraphs.join('\n')}` : '';
}

/** The text of paragraph `p`: its sentences' quotes. */
export function paragraphText(context: AnswerContext, p: number): string {
	return (context.corpus.paragraph(p)?.sentences ?? []).map((s) => context.corpus.quote(s)).join(' ');
}
