import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import type { Factdesk } from '../../src/core/Factdesk.ts';
import type { Answer } from '../../src/core/types.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { shippedModelTuning } from './shippedModel.ts';

/**
 * Grades the engine on tests/fixtures/seed-questions.jsonl exactly as ../shared/eval/grade.py `grade_seed` does.
 * The question set was written before running the engine; do not edit it to match what the engine answers.
 */

interface Accept {
	src: string;
	has: string[];
}

interface SeedQuestion {
	q: string;
	accept?: Accept[];
	abstain?: boolean;
}

interface Graded {
	question: SeedQuestion;
	answer: Answer;
	right: boolean;
}

/**
 * The engine as shipped (with the learned model in models/), held to issue 9's targets for this set (95% answered
 * right, 85% declined right), and the hand-tuned ranking it falls back to, with floors a little below the shares
 * measured on this set (see README "Measured").
 */
const ENGINES = [
	{ name: 'shipped engine (learned model)', tuning: shippedModelTuning, answered: 0.95, declined: 0.85 },
	{ name: 'hand-tuned fallback', tuning: () => ({}), answered: 0.85, declined: 0.8 },
];

const SEED_REPORT = 'energy-truce-strikes';

function loadSeedQuestions(path: string): SeedQuestion[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as SeedQuestion);
}

function firstQuote(answer: Answer): string {
	return answer.sources[0]?.quote ?? '';
}

/** grade.py grade_seed: declined is right only for an abstain question; answered needs src in the quote and every has. */
function gradeSeed(question: SeedQuestion, answer: Answer): boolean {
	if (!answer.answered) return question.abstain === true;
	const quote = firstQuote(answer).toLowerCase();
	const text = `${answer.answer} ${firstQuote(answer)}`.toLowerCase();
	return (question.accept ?? []).some(
		(a) => quote.includes(a.src.toLowerCase()) && a.has.every((h) => text.includes(h.toLowerCase())),
	);
}

function share(items: Graded[]): number {
	return items.length === 0 ? 1 : items.filter((g) => g.right).length / items.length;
}

function describeWrong(items: Graded[]): string {
	return items
		.filter((g) => !g.right)
		.map((g) => `${g.question.q} -> ${g.answer.answered ? `${g.answer.answer} | ${firstQuote(g.answer)}` : 'DECLINED'}`)
		.join('\n');
}

describe.each(ENGINES)(
	'seed question set, $name',
	({ tuning, answered: MIN_ANSWERED_RIGHT, declined: MIN_DECLINED_RIGHT }) => {
		const questions = loadSeedQuestions('tests/fixtures/seed-questions.jsonl');
		const answerable = questions.filter((q) => !q.abstain);
		const declinable = questions.filter((q) => q.abstain);
		let desk: Factdesk;
		let paragraphs: string[];
		let gradedAnswerable: Graded[];
		let gradedDeclinable: Graded[];

		beforeAll(() => {
			const { reports, errors } = loadReports('data/reports');
			expect(errors).toEqual([]);
			desk = createFactdesk(reports, tuning());
			paragraphs = reports.find((r) => r.id === SEED_REPORT)?.paragraphs ?? [];
			const grade = (question: SeedQuestion): Graded => {
				const answer = desk.ask(question.q);
				return { question, answer, right: gradeSeed(question, answer) };
			};
			gradedAnswerable = answerable.map(grade);
			gradedDeclinable = declinable.map(grade);
		});

		it('has at least 70 answerable and 20 declinable questions, each accept phrase verbatim in the report', () => {
			expect(answerable.length).toBeGreaterThanOrEqual(70);
			expect(declinable.length).toBeGreaterThanOrEqual(20);
			const report = paragraphs.join('\n').toLowerCase();
			const missing = answerable.flatMap((q) => (q.accept ?? []).filter((a) => !report.includes(a.src.toLowerCase())));
			expect(missing).toEqual([]);
		});

		it('asks at least 4 questions about every paragraph of the seed report', () => {
			const perParagraph = paragraphs.map(
				(text) =>
					answerable.filter((q) => (q.accept ?? []).some((a) => text.toLowerCase().includes(a.src.toLowerCase())))
						.length,
			);
			expect(perParagraph).toHaveLength(9);
			for (const count of perParagraph) expect(count).toBeGreaterThanOrEqual(4);
		});

		it(`answers at least ${MIN_ANSWERED_RIGHT * 100}% of the answerable questions right, quoting the sentence that says it`, () => {
			const right = share(gradedAnswerable);
			expect(
				right,
				`answered right ${right.toFixed(3)}; wrong:\n${describeWrong(gradedAnswerable)}`,
			).toBeGreaterThanOrEqual(MIN_ANSWERED_RIGHT);
		});

		it(`declines at least ${MIN_DECLINED_RIGHT * 100}% of the questions the report does not answer`, () => {
			const right = share(gradedDeclinable);
			expect(
				right,
				`declined right ${right.toFixed(3)}; wrong:\n${describeWrong(gradedDeclinable)}`,
			).toBeGreaterThanOrEqual(MIN_DECLINED_RIGHT);
		});

		it('declines with no sources and an empty answer', () => {
			const declined = [...gradedAnswerable, ...gradedDeclinable].filter((g) => !g.answer.answered);
			for (const g of declined) {
				expect(g.answer.sources, g.question.q).toEqual([]);
				expect(g.answer.answer, g.question.q).toBe('');
			}
		});

		it('gives the same answer when the same question is asked twice', () => {
			for (const question of questions) {
				const again = desk.ask(question.q);
				const first = [...gradedAnswerable, ...gradedDeclinable].find((g) => g.question === question)?.answer;
				expect(again, question.q).toEqual(first);
			}
		});

		it('answers right at least one question about every paragraph of the seed report', () => {
			const covered = new Set(
				gradedAnswerable
					.filter((g) => g.right && g.answer.sources[0]?.report === SEED_REPORT)
					.map((g) => g.answer.sources[0]?.paragraph),
			);
			const uncovered = paragraphs.map((_, i) => i + 1).filter((n) => !covered.has(n));
			expect(uncovered).toEqual([]);
		});
	},
);
