import { NUMBER_WORDS, SCALES } from './mentionPatterns.ts';

/**
 * "one in four", "nine in 10", "two in every five", "one-in-five": a ratio's terms, the first smaller than the second
 * (not "May 12 in two planes", "5 in 2019"). "Three out of five" is not read here: "four out of five stars" is a
 * rating, whose first term counts stars.
 */
const RATIO =
	/\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[-\s]in[-\s](?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|\d{1,3}(?:,\d{3})*)(?![\d,.]?\d)\b/giu;
/** A month before a ratio's first term ("on March 3 in 12 cities"): a date, then a count. */
const MONTH_BEFORE =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$/u;
/** A unit of time after the second term ("two in 10 minutes", "the third in two years"): a rate of time, no share. */
const TIME_AFTER = /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/iu;
/** How far either side of a figure its ratio is looked for, in characters. */
const AROUND = 32;

function termValue(term: string): number {
	const word = term.toLowerCase();
	return NUMBER_WORDS[word] ?? SCALES[word] ?? Number(term.replace(/,/g, ''));
}

/**
 * Whether the figure starting at `start` (ending at `end`) is a term of a ratio ("one in four people", "nine in 10
 * companies"): a share of something, no count of it.
 *
 * @example
 * inRatio('about one in four people in Wales', 13, 17); // true ("four")
 */
export function inRatio(sentence: string, start: number, end: number): boolean {
	const from = Math.max(0, start - AROUND);
	for (const m of sentence.slice(from, end + AROUND).matchAll(RATIO)) {
		const at = from + m.index;
		if (at > start || at + m[0].length <= start || termValue(m[1] ?? '') >= termValue(m[2] ?? '')) continue;
		if (MONTH_BEFORE.test(sentence.slice(Math.max(0, at - 12), at))) continue;
		if (TIME_AFTER.test(sentence.slice(at + m[0].length))) continue;
		return true;
	}
	return false;
}
