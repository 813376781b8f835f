const DOUBLE_QUOTES = /[“”"„«»]/;

/**
 * A sentence of a report as shown to readers, between quotation marks; a sentence that holds quotation marks of
 * its own (“…,” he said) is shown as written, so that its marks appear once and are not doubled.
 *
 * @example
 * quoteSentence('He left.'); // '“He left.”'
 * quoteSentence('“Never,” he said.'); // '“Never,” he said.'
 */
export function quoteSentence(sentence: string): string {
	return DOUBLE_QUOTES.test(sentence) ? sentence : `“${sentence}”`;
}
