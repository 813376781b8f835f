import { describe, expect, test } from 'vitest';
import { type AnalysedQuestion, analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildCorpus } from '../../src/core/buildCorpus.ts';
import type { Corpus } from '../../src/core/Corpus.ts';
import { DEFAULT_OPTIONS } from '../../src/core/options.ts';
import { reportAffinity } from '../../src/core/reportAffinity.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const corpus = buildCorpus(loadFixtureReports());
const context = {
	stems: { has: (stem: string) => corpus.sentenceFrequency(stem) > 0 },
	correct: () => undefined,
	synonymWeight: DEFAULT_OPTIONS.synonymWeight,
	maxLength: DEFAULT_OPTIONS.maxQuestionLength,
};

/** The affinities the plain way (a map of per-report slot arrays), as rankSentences computed them before. */
function plainAffinity(c: Corpus, q: AnalysedQuestion, slotIdf: number[], totalIdf: number, bonus: number) {
	const bySlot = new Map<number, number[]>();
	for (const term of q.terms) {
		const t = c.termId(term.stem);
		if (t < 0) continue;
		const { offsets, at, count } = c.reportPostings;
		const from = offsets[t] ?? 0;
		const to = offsets[t + 1] ?? 0;
		let all = 0;
		for (let k = from; k < to; k++) all += Math.log1p(count[k] ?? 0);
		for (let k = from; k < to; k++) {
			const slots = bySlot.get(at[k] ?? 0) ?? new Array<number>(q.slots).fill(0);
			bySlot.set(at[k] ?? 0, slots);
			const share = (Math.log1p(count[k] ?? 0) / all) * term.weight * (slotIdf[term.slot] ?? 0);
			slots[term.slot] = Math.max(slots[term.slot] ?? 0, share);
		}
	}
	const affinity = new Map<number, number>();
	for (const [report, slots] of bySlot) affinity.set(report, slots.reduce((sum, v) => sum + v, 0) / totalIdf);
	for (const report of new Set(q.terms.filter((t) => t.weight === 1).flatMap((t) => c.titleStems.get(t.stem) ?? [])))
		affinity.set(report, Math.min(1, (affinity.get(report) ?? 0) + bonus));
	return affinity;
}

describe('reportAffinity', () => {
	const questions = ['How many drones were shot down?', 'Who said the truce would hold?', 'What happened in Kyiv?'];

	test.each(questions)('matches the per-report maps it replaced, and leaves its buffers clean: %s', (text) => {
		const q = analyseQuestion(text, context);
		const slotIdf = Array.from({ length: q.slots }, (_, i) => 1 + i);
		const totalIdf = slotIdf.reduce((a, b) => a + b, 0);
		const expected = plainAffinity(corpus, q, slotIdf, totalIdf, 0.5);
		expect(expected.size).toBeGreaterThan(0);
		for (let round = 0; round < 2; round++) {
			const affinity = reportAffinity(corpus, q, slotIdf, totalIdf, 0.5);
			for (let r = 0; r < corpus.reports.length; r++) expect(affinity.of(r)).toBe(expected.get(r) ?? 0);
			affinity.release();
		}
		const other = reportAffinity(corpus, analyseQuestion('zzz', context), [1], 1, 0.5);
		for (let r = 0; r < corpus.reports.length; r++) expect(other.of(r)).toBe(0);
		other.release();
	});
});
