import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSentenceScorer, SentenceReaderSchema } from '../../src/core/SentenceReader.ts';

/** A tiny random reader, its vectors and its scores as PyTorch computed them (fitReader.py --parity). */
const fixture = JSON.parse(readFileSync('tests/fixtures/reader-parity.json', 'utf8')) as {
	reader: unknown;
	words: string[];
	vectors: number[][];
	pairs: { qw: string; sw: string; score: number }[];
};

const vectors = {
	dimensions: fixture.vectors[0]?.length ?? 0,
	rows: new Map(fixture.words.map((w, i) => [w, i])),
	data: Float32Array.from(fixture.vectors.flat()),
};
const words = (text: string) => text.split(' ').filter(Boolean);

describe('SentenceReader', () => {
	it('scores a question and a sentence as the PyTorch network it was trained as does', () => {
		const score = createSentenceScorer(SentenceReaderSchema.parse(fixture.reader), vectors);
		expect(fixture.pairs.length).toBe(6);
		for (const pair of fixture.pairs) expect(score(words(pair.qw), words(pair.sw))).toBeCloseTo(pair.score, 5);
	});

	it('gives the same score when asked again, its words kept between calls', () => {
		const score = createSentenceScorer(SentenceReaderSchema.parse(fixture.reader), vectors);
		const [first] = fixture.pairs;
		const once = score(words(first?.qw ?? ''), words(first?.sw ?? ''));
		expect(score(words(first?.qw ?? ''), words(first?.sw ?? ''))).toBe(once);
	});

	it('scores each pair alike whatever it read before (its buffers are reused between calls)', () => {
		const shared = createSentenceScorer(SentenceReaderSchema.parse(fixture.reader), vectors);
		for (const pair of [...fixture.pairs].reverse()) {
			const fresh = createSentenceScorer(SentenceReaderSchema.parse(fixture.reader), vectors);
			expect(shared(words(pair.qw), words(pair.sw))).toBe(fresh(words(pair.qw), words(pair.sw)));
		}
	});

	it('refuses a reader whose layers do not fit together', () => {
		const reader = structuredClone(fixture.reader) as { hidden: { weights: number[][] } };
		reader.hidden.weights[0]?.pop();
		expect(SentenceReaderSchema.safeParse(reader).success).toBe(false);
		expect(SentenceReaderSchema.safeParse(fixture.reader).success).toBe(true);
	});
});
