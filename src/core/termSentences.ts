import type { Corpus } from './Corpus.ts';

/** The sentences that hold term id `t` (see Corpus.termId), ascending, at most `limit` of them: a view, not a copy. */
export function termSentences(corpus: Corpus, t: number, limit = Number.POSITIVE_INFINITY): Uint32Array {
	if (t < 0) return new Uint32Array(0);
	const { offsets, at } = corpus.sentencePostings;
	const from = offsets[t] ?? 0;
	return at.subarray(from, Math.min(offsets[t + 1] ?? 0, from + limit));
}
