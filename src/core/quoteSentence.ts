import { QUOTE_TAIL } from './mentionPatterns.ts';

const DOUBLE_QUOTES = /[“”"„«»]/;
/** A sentence that opens a quotation it does not close: the quotation goes on in the next sentence. */
const QUOTE_HEAD = /^[“"„«][^“”"„«»]*$/u;

/**
 * A sentence of a report as shown to readers, between quotation marks; a sentence that holds quotation marks of
 * its own (“…,” he said) is shown as written, so that its marks appear once and are not doubled. The end of a
 * quotation begun in the sentence before is opened with "“…", and the start of one that goes on is closed with "…”".
 *
 * @example
 * quoteSentence('He left.'); // '“He left.”'
 * quoteSentence('“Never,” he said.'); // '“Never,” he said.'
 * quoteSentence('We will win,” she said.'); // '“…We will win,” she said.'
 * quoteSentence('“This is not over.'); // '“This is not over. …”'
 */
export function quoteSentence(sentence: string): string {
	if (!DOUBLE_QUOTES.test(sentence)) return `“${sentence}”`;
	if (QUOTE_HEAD.test(sentence)) return `${sentence} …”`;
	return QUOTE_TAIL.test(sentence) ? `“…${sentence}` : sentence;
}
