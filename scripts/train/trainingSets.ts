/** Sets of reports to train on, shaped like the sets the engine is judged on, with the questions to ask each. */

import { shuffle } from '../../bench/textVariants.ts';
import type { Report } from '../../src/core/types.ts';
import type { ExampleKind } from './collectExamples.ts';
import { chatStyle, type Edit, editQuestion, type Opposites } from './editQuestions.ts';
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
/** Own answerable questions edited to have no answer, as SQuAD 2.0's writers did (see editQuestions.ts), as a share. */
const EDITED_SHARE = 0.3;
/** Own questions turned to ask for a figure their paragraph does not hold, as a share of the set's own. */
const RETYPED_SHARE = 0.08;
/** Questions of any kind rewritten as members type in chat (see chatStyle), as a share of all. */
const CHAT_SHARE = 0.2;
const EDITS: readonly Edit[] = ['swap', 'swap', 'negate', 'antonym'];
const NAME = /(?<=\s)\p{Lu}[\p{L}'-]+/gu;

/**
 * Splits the articles into sets: most as pairs of whole articles, the rest as many five-paragraph reports; the
 * SQuAD 2.0 articles in pairs, their unanswerable questions kept as such. Besides its own questions, each set is
 * asked questions written for articles outside it, questions whose paragraph was left out of its report, and its
 * own questions with a name swapped for one of another article, and its own questions edited as SQuAD 2.0's writers
 * edited theirs (see editQuestions.ts): the kinds of question the reports do not answer.
 */
export function buildTrainingSets(
	squad1: readonly SquadArticle[],
	squad2: readonly SquadArticle[],
	random: () => number,
	opposites?: Opposites,
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
			const article = g.paragraphs ? { ...a, paragraphs: a.paragraphs.slice(0, g.paragraphs) } : a;
			return { article, report, questions: articleQuestions(a, report.id, g.paragraphs), removed };
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
		const answerable = set.flatMap((s) =>
			s.questions.filter((q) => q.golds.length > 0 && !s.removed.has(q.paragraph)).map((q) => ({ q, s })),
		);
		const edit = (share: number, kind: 'edited' | 'retyped', edits: readonly Edit[]) =>
			shuffle(answerable, random)
				.slice(0, Math.round(mine.length * share * 2))
				.flatMap(({ q, s }) => {
					const way = edits[Math.floor(random() * edits.length)] ?? 'swap';
					const text = editQuestion(q.question, s.article, q.paragraph, way, random, opposites);
					return text ? [{ question: { ...q, question: text, golds: [] }, kind }] : [];
				})
				.slice(0, Math.round(mine.length * share));
		const questions = [
			...mine,
			...foreign.map((question) => ({ question, kind: 'foreign' as const })),
			...swapped,
			...edit(EDITED_SHARE, 'edited', EDITS),
			...edit(RETYPED_SHARE, 'retyped', ['retype']),
		];
		return {
			reports: set.map((s) => s.report),
			questions: questions.map((q) =>
				random() < CHAT_SHARE
					? { ...q, question: { ...q.question, question: chatStyle(q.question.question, random) } }
					: q,
			),
		};
	});
}
