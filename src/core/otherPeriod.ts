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
