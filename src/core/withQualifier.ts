import { QUALIFIERS } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A qualifier right before a figure: "up to ", "nearly ", "roughly ". */
const BEFORE = new RegExp(`\\b(?:${QUALIFIERS}|some)\\s+$`, 'iu');
/** A phrase that opens with a figure in digits or words, not already qualified. */
const FIGURE_FIRST =
	/^(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)/iu;
/** How far before a figure its qualifier is looked for. */
const BEFORE_CHARS = 24;

/**
 * A figure answer with the qualifier the sentence writes right before it: "up to 15 years" (not "15 years") of "could
 * get up to 15 years in prison", "nearly 40 hours"; the phrase as it is when it opens with no figure or none stands
 * before it.
 *
 * @example
 * withQualifier({ text: '15 years', start: 18, end: 26, typed: true }, 'He could get up to 15 years.').text;
 * // 'up to 15 years'
 */
export function withQualifier(phrase: AnswerPhrase, quote: string): AnswerPhrase {
	if (!phrase.typed || !FIGURE_FIRST.test(phrase.text)) return phrase;
	const before = BEFORE.exec(quote.slice(Math.max(0, phrase.start - BEFORE_CHARS), phrase.start));
	if (!before) return phrase;
	const start = phrase.start - before[0].length;
	return { ...phrase, text: quote.slice(start, phrase.end), start };
}
