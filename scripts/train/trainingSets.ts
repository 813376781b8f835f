/** Sets of reports to train on, shaped like the sets the engine is judged on, with the questions to ask each. */

import { shuffle } from '../../bench/textVariants.ts';
import type { Report } from '../../src/core/types.ts';
import type { ExampleKind } from './collectExamples.ts';
import { HELD_OUT_PARAGRAPHS } from './heldOut.ts';
import { articleQuestions, articleReport, type Question, type SquadArticle } from './squadData.ts';

export interface TrainingSet {
	reports: Report[];
	questions: { question: Question; kind: ExampleKind }[];
}

/** Whole articles per set in the first shape (like two long reports); articles per set in the second (short ones). */
const WHOLE_ARTICLES = 2;
const SHORT_ARTICLES = 24;
/** Questions from other sets' articles asked of each set, as a share of its own: the reports do not say. */
const FOREIGN_SHARE = 0.3;

/**
 * Splits the articles into sets: most as pairs of whole articles, the rest as many five-paragraph reports; the
 * SQuAD 2.0 articles in pairs, their unanswerable questions kept as such. Each set is also asked questions
 * written for articles outside it.
 */
export function buildTrainingSets(
	squad1: readonly SquadArticle[],
	squad2: readonly SquadArticle[],
	random: () => number,
): TrainingSet[] {
	const whole = Math.round(squad1.length * 0.6);
	const groups: { articles: SquadArticle[]; paragraphs?: number }[] = [];
	for (let i = 0; i < whole; i += WHOLE_ARTICLES)
		groups.push({ articles: squad1.slice(i, Math.min(whole, i + WHOLE_ARTICLES)) });
	for (let i = whole; i < squad1.length; i += SHORT_ARTICLES)
		groups.push({ articles: squad1.slice(i, i + SHORT_ARTICLES), paragraphs: HELD_OUT_PARAGRAPHS });
	for (let i = 0; i < squad2.length; i += WHOLE_ARTICLES)
		groups.push({ articles: squad2.slice(i, i + WHOLE_ARTICLES) });
	const own = groups.map((g) =>
		g.articles.map((a) => {
			const report = articleReport(a, g.paragraphs);
			return { report, questions: articleQuestions(a, report.id, g.paragraphs) };
		}),
	);
	return own.map((set, i) => {
		const mine = set.flatMap((s) => s.questions);
		const others = own.filter((_, j) => j !== i).flatMap((o) => o.flatMap((s) => s.questions));
		const foreign = shuffle(others, random).slice(0, Math.round(mine.length * FOREIGN_SHARE));
		return {
			reports: set.map((s) => s.report),
			questions: [
				...mine.map((question) => ({
					question,
					kind: (question.golds.length ? 'answerable' : 'unanswerable') as ExampleKind,
				})),
				...foreign.map((question) => ({ question, kind: 'foreign' as const })),
			],
		};
	});
}
