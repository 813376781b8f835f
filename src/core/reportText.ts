import type { AnswerContext } from './AnswerContext.ts';

/** The title and text of the report paragraph `index` belongs to. */
export function reportText(context: AnswerContext, index: number): string {
	return context.reportTexts.text(context.corpus.paragraphReport[index] ?? 0);
}

/** The same, lowercased without accents (see ReportTexts.folded). */
export function foldedReportText(context: AnswerContext, index: number): string {
	return context.reportTexts.folded(context.corpus.paragraphReport[index] ?? 0);
}

/** The text of paragraph `p`: its sentences' quotes. */
export function paragraphText(context: AnswerContext, p: number): string {
	return (context.corpus.paragraph(p)?.sentences ?? []).map((s) => context.corpus.quote(s)).join(' ');
}
