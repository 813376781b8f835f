import type { Corpus } from './Corpus.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { SourceRef } from './types.ts';

/**
 * The source to show for a speaker the sentence does not name: a quotation's first sentence whose speaker the next
 * sentence of its paragraph names ('"One officer watches 90 inmates. That is a gamble," said Lerato Mahlangu') is
 * shown with that sentence, the name highlighted there. Any other answer keeps its sentence and highlight.
 *
 * @example
 * withSpeakerSentence(corpus, index, { text: 'Lerato Mahlangu', … }).source.quote; // both sentences
 */
export function withSpeakerSentence(
	corpus: Corpus,
	index: number,
	phrase: AnswerPhrase,
): { source: SourceRef; highlight: [number, number] } {
	const source = corpus.ref(index);
	const own = { source, highlight: [phrase.start, phrase.end] as [number, number] };
	if (!phrase.text || source.quote.includes(phrase.text) || index + 1 >= corpus.sentenceCount) return own;
	const next = corpus.ref(index + 1);
	if (next.report !== source.report || next.paragraph !== source.paragraph) return own;
	const at = next.quote.indexOf(phrase.text);
	if (at < 0) return own;
	const text = corpus.reports[corpus.reportAt(source.report)]?.paragraphs[source.paragraph - 1] ?? '';
	const quote = text.slice(source.start, next.end);
	const start = next.start - source.start + at;
	return { source: { ...source, end: next.end, quote }, highlight: [start, start + phrase.text.length] };
}
