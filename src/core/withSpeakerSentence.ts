import type { Corpus } from './Corpus.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { SourceRef } from './types.ts';

/**
 * The source to show for a speaker the sentence does not name: a quotation's first sentence whose speaker the next
 * sentence of its paragraph names ('"One officer watches 90 inmates. That is a gamble," said Lerato Mahlangu') is
 * shown with that sentence, and a '"…," he said' with the sentence before that names him, the name highlighted there.
 * Any other answer keeps its sentence and highlight.
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
	if (!phrase.text || source.quote.includes(phrase.text)) return own;
	const text = corpus.reports[corpus.reportAt(source.report)]?.paragraphs[source.paragraph - 1] ?? '';
	// '"…," she said.': the pronoun is shown as the speaker unless the next or last sentence names them in full.
	const bySurname = !PRONOUN.test(source.quote.slice(phrase.start, phrase.end));
	const next = index + 1 < corpus.sentenceCount ? corpus.ref(index + 1) : undefined;
	const nextName = next && nameIn(next.quote, phrase.text, bySurname);
	if (next?.report === source.report && next.paragraph === source.paragraph && nextName) {
		const start = next.start - source.start + nextName.at;
		const quote = text.slice(source.start, next.end);
		return { source: { ...source, end: next.end, quote }, highlight: [start, start + nextName.length] };
	}
	// '"Age is no shield," he said.': the speaker named in the sentence before.
	const before = index > 0 ? corpus.ref(index - 1) : undefined;
	const beforeName = before && nameIn(before.quote, phrase.text, bySurname);
	if (before?.report === source.report && before.paragraph === source.paragraph && beforeName) {
		const quote = text.slice(before.start, source.end);
		return {
			source: { ...source, sentence: before.sentence, start: before.start, quote },
			highlight: [beforeName.at, beforeName.at + beforeName.length],
		};
	}
	return own;
}

const PRONOUN = /^(?:he|she|they|we|i)$/i;

/** Where a sentence names the person: in full, else by the last word of the name ("Berthelot said"). */
function nameIn(quote: string, name: string, bySurname: boolean): { at: number; length: number } | undefined {
	const full = quote.indexOf(name);
	if (full >= 0) return { at: full, length: name.length };
	if (!bySurname) return undefined;
	const last = /\s(\p{Lu}[\p{L}'’-]{2,})$/u.exec(name)?.[1];
	const at = last ? quote.search(new RegExp(`(?<![\\p{L}])${last}(?![\\p{L}])`, 'u')) : -1;
	return at >= 0 && last ? { at, length: last.length } : undefined;
}
