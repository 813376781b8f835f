import type { Corpus } from './Corpus.ts';
import { STOPWORDS, tokenize } from './tokenize.ts';

/**
 * Whether some sentence of the corpus holds `stems` side by side in this order (stopwords among them included).
 * It reads the sentences of the rarest content stem; when that stem is in more than `limit` sentences the phrase
 * is taken as found, so a question costs at most `limit` sentences.
 */
export function reportsHavePhrase(corpus: Corpus, stems: readonly string[], limit: number): boolean {
	let rarest = -1;
	let frequency = Number.POSITIVE_INFINITY;
	for (const s of stems) {
		if (STOPWORDS.has(s)) continue;
		const f = corpus.sentenceFrequency(s);
		if (f < frequency) {
			frequency = f;
			rarest = corpus.termId(s);
		}
	}
	if (frequency === Number.POSITIVE_INFINITY || frequency > limit) return true;
	if (rarest < 0 || frequency === 0) return false;
	const { offsets, at } = corpus.sentencePostings;
	for (let k = offsets[rarest] ?? 0; k < (offsets[rarest + 1] ?? 0); k++) {
		const words = tokenize(corpus.quote(at[k] ?? 0)).map((t) => t.stem);
		for (let i = 0; i + stems.length <= words.length; i++) if (stems.every((s, j) => words[i + j] === s)) return true;
	}
	return false;
}
