import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/core/buildCorpus.ts';
import { splitSentences } from '../../src/core/splitSentences.ts';
import { compoundParts, STOPWORDS, tokenize } from '../../src/core/tokenize.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';

const reports = [
	...loadFixtureReports(),
	{
		id: 'numbers',
		title: 'A 30-day truce',
		paragraphs: ['A 30-day truce began. The truce held for 30 days, a truce!', 'Short.'],
	},
];
const corpus = buildCorpus(reports);

/** The postings of every term, recomputed the plain way: from each sentence's tokenised text. */
function plainPostings(): Map<string, [number, number][]> {
	const postings = new Map<string, [number, number][]>();
	for (let s = 0; s < corpus.sentenceCount; s++) {
		const counts = new Map<string, number>();
		for (const token of tokenize(corpus.quote(s))) {
			if (STOPWORDS.has(token.word)) continue;
			for (const term of [token.stem, ...compoundParts(token.word)]) counts.set(term, (counts.get(term) ?? 0) + 1);
		}
		for (const [term, count] of counts) postings.set(term, [...(postings.get(term) ?? []), [s, count]]);
	}
	return postings;
}

describe('the compact corpus', () => {
	test('holds tokens, terms and postings in typed arrays, not objects', () => {
		for (const name of ['tokenWord', 'tokenStart', 'sentenceTerms', 'termIds', 'termCounts'] as const)
			expect(corpus.data[name]).toBeInstanceOf(Uint32Array);
		expect(corpus.sentencePostings.at).toBeInstanceOf(Uint32Array);
		expect(corpus.sentenceCount).toBe(reports.flatMap((r) => r.paragraphs.flatMap(splitSentences)).length);
	});

	test('a sentence made from the arrays has the tokens and terms of its text', () => {
		for (let s = 0; s < corpus.sentenceCount; s++) {
			const sentence = corpus.sentence(s);
			expect(sentence?.tokens).toEqual(tokenize(corpus.quote(s)));
			expect(sentence?.ref.quote).toBe(corpus.quote(s));
			expect(corpus.sentenceAt(sentence?.ref ?? { report: '', paragraph: 0, sentence: 0 })).toBe(s);
		}
		expect([...(corpus.sentence(corpus.sentenceCount - 2)?.terms ?? [])]).toEqual([
			['truce', 2],
			['hold', 1],
			['30', 1],
			['day', 1],
		]);
	});

	test('postings (compressed rows) list every sentence of every term with its count, in order', () => {
		const plain = plainPostings();
		expect(plain.size).toBeGreaterThan(100);
		for (const [term, list] of plain) {
			const t = corpus.termId(term);
			const { offsets, at, count } = corpus.sentencePostings;
			const stored = Array.from({ length: (offsets[t + 1] ?? 0) - (offsets[t] ?? 0) }, (_, k) => [
				at[(offsets[t] ?? 0) + k],
				count[(offsets[t] ?? 0) + k],
			]);
			expect(stored, term).toEqual(list);
			expect(corpus.sentenceFrequency(term)).toBe(list.length);
		}
		expect(corpus.sentenceFrequency('the')).toBe(0);
		expect(corpus.sentenceFrequency('never-used')).toBe(0);
	});

	test('a paragraph holds the terms of its sentences, summed, and the sum of their lengths', () => {
		for (let p = 0; p < corpus.paragraphCount; p++) {
			const paragraph = corpus.paragraph(p);
			const summed = new Map<string, number>();
			let length = 0;
			for (const s of paragraph?.sentences ?? []) {
				for (const [term, count] of corpus.sentence(s)?.terms ?? []) summed.set(term, (summed.get(term) ?? 0) + count);
				length += corpus.sentence(s)?.length ?? 0;
			}
			expect(paragraph?.terms).toEqual(summed);
			expect(paragraph?.length).toBe(length);
			for (const term of summed.keys()) expect(corpus.paragraphHas(p, term)).toBe(true);
		}
	});

	test('term look-ups in the index agree with the terms of each sentence and paragraph', () => {
		const probes = ['truce', 'day', '30', 'the', 'never-used', ...corpus.data.terms.slice(0, 50)];
		for (let s = 0; s < corpus.sentenceCount; s++) {
			const terms = corpus.sentence(s)?.terms;
			for (const term of probes) expect(corpus.sentenceTermLookup(s).has(term)).toBe(terms?.has(term) ?? false);
		}
		for (let p = 0; p < corpus.paragraphCount; p++) {
			const terms = corpus.paragraph(p)?.terms;
			for (const term of probes) expect(corpus.paragraphTermLookup(p).has(term)).toBe(terms?.has(term) ?? false);
		}
	});

	test('views forgotten between questions are made again the same; a few reports keep theirs', () => {
		const paragraphs = Array.from({ length: 300 }, (_, i) => `Drone ${i} was shot down over the harbour.`);
		const long = buildCorpus([{ id: 'long', title: 'Long', paragraphs }]);
		for (const [c, kept] of [
			[long, false],
			[corpus, true],
		] as const) {
			const before = c.sentence(3);
			c.forgetViews();
			const after = c.sentence(3);
			expect(after === before).toBe(kept);
			expect(after).toEqual(before);
			expect([...(after?.terms ?? [])]).toEqual([...(before?.terms ?? [])]);
		}
	});

	test('references outside the reports find no sentence', () => {
		expect(corpus.sentenceAt({ report: 'numbers', paragraph: 3, sentence: 1 })).toBe(-1);
		expect(corpus.sentenceAt({ report: 'numbers', paragraph: 2, sentence: 2 })).toBe(-1);
		expect(corpus.sentenceAt({ report: 'missing', paragraph: 1, sentence: 1 })).toBe(-1);
		expect(corpus.sentence(-1)).toBeUndefined();
		expect(corpus.sentence(corpus.sentenceCount)).toBeUndefined();
	});
});
