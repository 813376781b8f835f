import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Fact } from './types.ts';

/** A period a question may name as the sentence does: "the year before", "a year earlier", "last season". */
const PERIOD =
	/\b(?:(?:the|a|one)\s+(?:year|season|month|week|quarter)\s+(?:before|earlier|ago)|(?:last|previous|prior|this)\s+(?:year|yr|season|month|week|quarter|summer|winter|spring|autumn))\b/giu;
/** The most characters between a figure and the period written after it ("31,000 cases the year before"). */
const GAP_CHARS = 30;

/**
 * For a question that names a period as the sentence writes it ("how many cases were there the year before"), the
 * figure the sentence gives for that period when the one found (`span`) is given for another right after it: "31,000"
 * of "48,000 dengue cases last year, up from 31,000 the year before". Undefined otherwise ("31 goals in 34 games last
 * season" is the season's 31).
 *
 * @example
 * figureOfPeriod('how many the year before', '48,000 last year, up from 31,000 the year before.', [0, 6], figures)?.text;
 * // '31,000'
 */
export function figureOfPeriod(
	question: string,
	sentence: string,
	span: readonly [number, number],
	figures: readonly { type: string; text: string; start: number; end: number }[],
): { text: string; start: number; end: number; typed: true } | undefined {
	// "last yr compared with the year before" asks both: the figure found stays.
	const named = question.match(PERIOD) ?? [];
	const period = named.length === 1 ? named[0]?.toLowerCase().replace(/\s+/g, ' ') : undefined;
	if (!period) return undefined;
	// The words after a figure up to the next one: "dengue cases last year, up from ".
	const after = (end: number) =>
		(/^\D*/u.exec(sentence.slice(end, end + GAP_CHARS + period.length))?.[0] ?? '').toLowerCase().replace(/\s+/g, ' ');
	const found = after(span[1]);
	if (found.includes(period) || !found.match(PERIOD)) return undefined;
	const other = figures.find((f) => f.type === 'number' && f.start !== span[0] && after(f.end).includes(period));
	return other && { text: other.text, start: other.start, end: other.end, typed: true };
}

/** A year a question asks of: "in 2021", "2021's". */
const ASKED_YEAR = /\b(?:1[89]|20)\d{2}\b/u;
/** The figure a sentence compares with, right before it: "up from ", "compared with ", "against ". */
const COMPARED_BEFORE =
	/\b(?:up\s+from|down\s+from|compared\s+(?:with|to)|against|from)\s+(?:about\s+|around\s+|some\s+)?$/iu;
/** A question that compares two periods itself: "last yr vs 2019", "compared with 2019". */
const COMPARES = /\b(?:vs\.?|versus|compared|than)\b/iu;

/**
 * For a question asking of a year ("how many seats did it have in 2021"), the figure the sentence compares the count
 * found (`found`, given for no year) with and gives for that year: 29 of "took 38 seats, up from 29 in the 2021
 * election"; as a count of the same thing when the sentence writes its noun ("up from 298 calls in 2019"). Undefined
 * otherwise, or when that figure counts another thing.
 *
 * @example
 * figureOfYear('how many seats in 2021', 'It took 38 seats, up from 29 in 2021.', seats, mentions, facts)?.text; // '29'
 */
export function figureOfYear(
	question: string,
	sentence: string,
	found: Fact,
	figures: readonly { type: string; text: string; start: number; end: number }[],
	facts: readonly Fact[],
): AnswerPhrase | undefined {
	const year = ASKED_YEAR.exec(question)?.[0];
	if (!year || COMPARES.test(question) || (question.match(PERIOD) ?? []).length > 0) return undefined;
	const givenFor = (end: number) => {
		const after = sentence.slice(end, end + GAP_CHARS);
		const at = after.indexOf(year);
		return at >= 0 && !/\d/u.test(after.slice(0, at));
	};
	const [start, end] = found.span;
	if (givenFor(end) || ASKED_YEAR.test(sentence.slice(Math.max(0, start - 12), start))) return undefined;
	const other = figures.find(
		(f) =>
			f.type === 'number' &&
			f.start >= end &&
			COMPARED_BEFORE.test(sentence.slice(Math.max(0, f.start - 20), f.start)) &&
			givenFor(f.end),
	);
	if (!other) return undefined;
	const counted = facts.find((f) => f.span[0] === other.start);
	const head = (f: Fact) => f.subject?.split(/\s+/).at(-1);
	if (counted && head(counted) !== head(found)) return undefined;
	const [from, to] = counted?.span ?? [other.start, other.end];
	return { text: sentence.slice(from, to), start: from, end: to, typed: true };
}
