import type { Corpus } from './Corpus.ts';
import { termSentences } from './termSentences.ts';
import { STOPWORDS } from './tokenize.ts';

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
	for (const sentence of termSentences(corpus, rarest)) {
		const words = corpus.sentence(sentence)?.tokens ?? [];
		for (let i = 0; i + stems.length <= words.length; i++)
			if (stems.every((s, j) => words[i + j]?.stem === s)) return true;
	}
	return false;
}
