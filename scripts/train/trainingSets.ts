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
/** Paragraphs of whole articles left out of the report, their questions still asked (the report may not say). */
const REMOVED_SHARE = 0.12;
/** Questions asked again with one of their names swapped for another article's, as a share of the set's own. */
const SWAPPED_SHARE = 0.15;
const NAME = /(?<=\s)\p{Lu}[\p{L}'-]+/gu;

/**
 * Splits the articles into sets: most as pairs of whole articles, the rest as many five-paragraph reports; the
 * SQuAD 2.0 articles in pairs, their unanswerable questions kept as such. Besides its own questions, each set is
 * asked questions written for articles outside it, questions whose paragraph was left out of its report, and its
 * own questions with a name swapped for one of another article: the kinds of question the reports do not answer.
 */
export function buildTrainingSets(
	squad1: readonly SquadArticle[],
	squad2: readonly SquadArticle[],
	random: () => number,
): TrainingSet[] {
	const whole = Math.round(squad1.length * 0.6);
	const groups: { articles: SquadArticle[]; paragraphs?: number; remove: boolean }[] = [];
	for (let i = 0; i < whole; i += WHOLE_ARTICLES)
		groups.push({ articles: squad1.slice(i, Math.min(whole, i + WHOLE_ARTICLES)), remove: true });
	for (let i = whole; i < squad1.length; i += SHORT_ARTICLES)
		groups.push({ articles: squad1.slice(i, i + SHORT_ARTICLES), paragraphs: HELD_OUT_PARAGRAPHS, remove: false });
	for (let i = 0; i < squad2.length; i += WHOLE_ARTICLES)
		groups.push({ articles: squad2.slice(i, i + WHOLE_ARTICLES), remove: false });
	const own = groups.map((g) =>
		g.articles.map((a) => {
			const removed = new Set(
				g.remove ? a.paragraphs.map((_, i) => i).filter((i) => i > 0 && random() < REMOVED_SHARE) : [],
			);
			const report = articleReport(a, g.paragraphs, (i) => !removed.has(i));
			return { report, questions: articleQuestions(a, report.id, g.paragraphs), removed };
		}),
	);
	const names = own.map((set) => set.flatMap((s) => s.questions.flatMap((q) => q.question.match(NAME) ?? [])));
	return own.map((set, i) => {
		const mine = set.flatMap((s) =>
			s.questions.map((question) => ({
				question,
				kind: (s.removed.has(question.paragraph)
					? 'removed'
					: question.golds.length
						? 'answerable'
						: 'unanswerable') as ExampleKind,
			})),
		);
		const others = own.filter((_, j) => j !== i).flatMap((o) => o.flatMap((s) => s.questions));
		const foreign = shuffle(others, random).slice(0, Math.round(mine.length * FOREIGN_SHARE));
		const otherNames = names.filter((_, j) => j !== i).flat();
		const swapped = shuffle(
			mine.filter((m) => m.kind === 'answerable' && (m.question.question.match(NAME)?.length ?? 0) > 0),
			random,
		)
			.slice(0, Math.round(mine.length * SWAPPED_SHARE))
			.map(({ question }) => {
				const found = question.question.match(NAME) ?? [];
				const target = found[Math.floor(random() * found.length)] ?? '';
				const name = otherNames[Math.floor(random() * otherNames.length)] ?? target;
				return {
					question: { ...question, question: question.question.replace(target, name), golds: [] },
					kind: 'swapped' as const,
				};
			});
		return {
			reports: set.map((s) => s.report),
			questions: [...mine, ...foreign.map((question) => ({ question, kind: 'foreign' as const })), ...swapped],
		};
	});
}
