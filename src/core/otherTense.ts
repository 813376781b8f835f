/** "When did…", "when was…": a time past is asked. */
const ASKS_PAST = /^\s*when\s+(?:did|was|were|had)\b/i;
/**
 * "When will…", "when can visitors see…", "when is the ferry due to…", "when are they filing…": a time to come is
 * asked.
 */
const ASKS_FUTURE =
	/^\s*when\s+(?:will|can|shall|might|(?:is|are)\s+(?:[\p{L}'’-]+\s+){1,4}(?:(?:due|expected|set|scheduled|going)\s+to|[\p{L}-]{3,}ing))\b/iu;
/** A time named as to come: "next week", "tomorrow", "later this year", "the coming months". */
const TO_COME = /\b(?:next|tomorrow|coming|upcoming)\b|\blater\s+this\b/i;
/** A time named as past: "last week", "yesterday", "two years ago", "earlier this month". */
const PAST = /\b(?:last|yesterday|ago|previous)\b|\bearlier\s+this\b/i;

/**
 * Whether a date answers a "when" question in the other tense: "when did Southfield last cut its forecast" of "next
 * week", "when will the bridge open" of "last year".
 *
 * @example
 * otherTense('when did southfield last cut its forecast', 'next week'); // true
 */
export function otherTense(question: string, date: string): boolean {
	return (ASKS_PAST.test(question) && TO_COME.test(date)) || (ASKS_FUTURE.test(question) && PAST.test(date));
}
