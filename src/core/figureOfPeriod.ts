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
