import { NUMBER_WORDS } from './mentionPatterns.ts';
import { escapeRegExp } from './writesWord.ts';

/** `text` as whole words, any case. */
export function wholeWords(text: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * A short answer as compared with another: lowercase, letters and digits only, shares as "percent", sums' scales
 * in words ("$2.4m" as "2.4 million"), no thousands separator, no hedge.
 *
 * @example
 * answerKey('about 4.6%') === answerKey('4.6 percent'); // true
 */
export function answerKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/([$€£¥₹]\s?[\d.,]*\d)(bn|tn|m|k)\b/gu, (_, sum: string, scale: string) => `${sum} ${SCALE_WORDS[scale]}`)
		.replace(/\s*(?:%|per ?cent\b)/g, ' percent')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/[^\p{L}\p{N}.]+|\.(?!\d)/gu, ' ')
		.replace(HEDGES, '')
		.trim();
}

/** The words of the scales a sum may be written short with ("$2.4m"). */
const SCALE_WORDS: Readonly<Record<string, string>> = { bn: 'billion', tn: 'trillion', m: 'million', k: 'thousand' };

/** A figure, in digits or words: only a figure is looked for in the story as the headline writes it. */
export const FIGURE = new RegExp(`\\d|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'i');

/** Words that hedge a figure without changing it: "about 2 million euros" gives the answer "2 Million Euros" does. */
const HEDGES =
	/^\s*(?:about|around|roughly|nearly|almost|some|approximately|more than|at least|up to|over|as many as|as much as)\s+/;

/** The words for the numbers up to twenty, by their digits: "5" is "five". */
const SPELLED = new Map(
	Object.entries(NUMBER_WORDS)
		.filter(([, n]) => Number.isInteger(n) && n >= 1 && n <= 20)
		.filter(([word]) => !['dozen', 'single', 'both', 'several'].includes(word))
		.map(([word, n]) => [String(n), word]),
);

/** The word a small number written in digits is spelled with ("5" → "five"); undefined for other words. */
export function spelledNumber(digits: string): string | undefined {
	return SPELLED.get(digits);
}

const DIGITS = new Map([...SPELLED].map(([digits, word]) => [word, digits]));

/** The digits of a small number spelled in words ("five" → "5"); undefined for other words. */
export function numberDigits(word: string): string | undefined {
	return DIGITS.get(word);
}
