/** "What day…", "on which day…": a day asked, not a month or a year ("until what date" may take a year). */
const WHAT_DAY = /\b(?:what|which)\s+day\b/i;
/** A day: a weekday, a month's day ("April 28", "28 April", "the 28th"), or one named from today. */
const DAY =
	/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|weekend)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|\b\d{1,2}(?:st|nd|rd|th)\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}/i;

/** Whether a question asks for a day ("what day do they start", "on which day…"), which a month or a year does not give. */
export function asksDay(question: string): boolean {
	return WHAT_DAY.test(question);
}

/**
 * Whether a time names a day: "on Monday, April 28", "28 April", "yesterday"; not "next May" or "in 2027".
 *
 * @example
 * namesDay('on Monday, April 28'); // true
 */
export function namesDay(time: string): boolean {
	return DAY.test(time);
}
