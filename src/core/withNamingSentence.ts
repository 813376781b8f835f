import type { Corpus } from './Corpus.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { SourceRef } from './types.ts';

/**
 * The sentence of the same report that writes the answer in full, the nearest before sentence `index` first, for an
 * answer its own sentence does not write: "Who is Tanabe?" answered "Mayor Hiroshi Tanabe" from a sentence that calls
 * him Tanabe is shown with the sentence that gives him his role. Undefined when no sentence of the report writes it.
 *
 * @example
 * withNamingSentence(corpus, index, { text: 'Mayor Hiroshi Tanabe', … })?.source.quote; // '… said Mayor Hiroshi Tanabe, 66.'
 */
export function withNamingSentence(
	corpus: Corpus,
	index: number,
	phrase: AnswerPhrase,
): { source: SourceRef; highlight: [number, number] } | undefined {
	if (!phrase.text) return undefined;
	const report = corpus.ref(index).report;
	for (const step of [-1, 1])
		for (let i = index + step; i >= 0 && i < corpus.sentenceCount; i += step) {
			const source = corpus.ref(i);
			if (source.report !== report) break;
			const at = source.quote.indexOf(phrase.text);
			if (at >= 0) return { source, highlight: [at, at + phrase.text.length] };
		}
	return undefined;
}
