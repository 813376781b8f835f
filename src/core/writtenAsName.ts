import type { Corpus } from './Corpus.ts';

/**
 * Whether the reports write a word only as a name: capitalised wherever it stands inside a sentence, twice at least,
 * never in lower case ("Brunner", "Medwell"), looked at in its first `limit` sentences. A member who types "how much did brunner
 * win" asks of a name as surely as one who types "Brunner". A word seen only at the start of sentences tells nothing.
 *
 * @example
 * writtenAsName(corpus, 'brunner', 20); // true where the reports write "Annika Brunner" and never "brunner"
 */
export function writtenAsName(corpus: Corpus, stem: string, limit: number): boolean {
	const t = corpus.termId(stem);
	if (t < 0) return false;
	const { offsets, at } = corpus.sentencePostings;
	const from = offsets[t] ?? 0;
	const to = Math.min(offsets[t + 1] ?? 0, from + limit);
	let named = 0;
	for (let k = from; k < to; k++) {
		const index = at[k] ?? 0;
		const sentence = corpus.sentence(index);
		if (!sentence) continue;
		const quote = sentence.ref.quote;
		for (const [position, token] of sentence.tokens.entries()) {
			if (token.stem !== stem || position === 0) continue;
			const first = quote.charAt(token.start);
			if (first === first.toLowerCase()) return false;
			named++;
		}
	}
	// Once is too little to tell a name from a word capitalised in a heading or a title ("Congregating at Pubs").
	return named >= 2;
}
