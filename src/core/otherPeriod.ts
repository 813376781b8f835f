/** A period before the present one: "last year", "the year before", "a season earlier", "the previous winter". */
const PAST_PERIOD =
	/\b(?:last|previous|prior)\s+(?:year|season|summer|winter|spring|autumn|month|week)\b|\b(?:year|season|summer|winter|month|week)\s+before\b|\b(?:a|one)\s+(?:year|season|month|week)\s+(?:ago|earlier)\b|\byear-earlier\b/i;
/** The present period: "this year", "this summer", "this season". */
const THIS_PERIOD = /\bthis\s+(?:year|season|summer|winter|spring|autumn|month|week)\b|\bso\s+far\s+this\b/i;

/**
 * Whether a sentence gives its figure for another period than the one the question asks of: "how much ice did the
 * glacier lose the year before" of "lost 6.1 percent of its ice this summer".
 *
 * @example
 * otherPeriod('how much did it lose the year before', 'It lost 6.1 percent this summer.'); // true
 */
export function otherPeriod(question: string, sentence: string): boolean {
	// Not "this year" of "last year": a figure of this year is often written beside last year's ("720 last year").
	if (!PAST_PERIOD.test(question) || THIS_PERIOD.test(question)) return false;
	return THIS_PERIOD.test(sentence) && !PAST_PERIOD.test(sentence);
}

/** A past period right after a figure: "180,000 visitors last year", "291 million boxes picked last season". */
const PAST_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${PAST_PERIOD.source})`, 'iu');

/**
 * Whether the figure ending at `end` is given for a past period ("about 180,000 visitors last year") while the
 * question asks of the present one ("how many visitors came this year").
 *
 * @example
 * pastFigure('how many came this year', 'It drew 180,000 visitors last year.', 29); // true
 */
export function pastFigure(question: string, sentence: string, end: number): boolean {
	return THIS_PERIOD.test(question) && !PAST_PERIOD.test(question) && PAST_AFTER.test(sentence.slice(end, end + 40));
}
