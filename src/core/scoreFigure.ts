import { nounAfter } from './nounAfter.ts';

/** A figure and a hyphen or dash just before a number: "3-0", "2–1". */
const FIGURE_DASH_BEFORE = /\d\s?[-–]\s?$/u;
/** A hyphen or dash and a figure just after a number: the "-0" of "3-0". */
const DASH_FIGURE_AFTER = /^\s?[-–]\s?\d+/u;
/** A plural noun ends a range's count ("10-15 people", "200-300 homes"), which a score's "home loss" is not. */
const PLURAL = /(?:[^s]s|people|children|men|women|police|staff|cattle)$/u;

/**
 * Whether the number at `start`–`end` is a figure of a score ("a 3-0 home loss", "the 2–1 defeat", "won 4-2"): it
 * counts nothing, as the figures of a range do ("10-15 people", whose noun is plural).
 *
 * @example
 * inScore("Saturday's 3-0 home loss", 11, 12); // true
 * inScore('Police said 10-15 people were hurt.', 15, 17); // false
 */
export function inScore(sentence: string, start: number, end: number): boolean {
	const second = DASH_FIGURE_AFTER.exec(sentence.slice(end, end + 12))?.[0];
	if (second) return !countsPlural(sentence, end + second.length);
	return FIGURE_DASH_BEFORE.test(sentence.slice(Math.max(0, start - 4), start)) && !countsPlural(sentence, end);
}

/** Whether the noun after the figure ending at `end` is plural. */
function countsPlural(sentence: string, end: number): boolean {
	const noun = nounAfter(sentence.slice(end));
	return noun !== undefined && PLURAL.test(noun);
}
