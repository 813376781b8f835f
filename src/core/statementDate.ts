/** A speech verb right before a date: "the zoo said on Wednesday", "officials told reporters late on Monday". */
const SAID_BEFORE =
	/\b(?:said|says|announced|confirmed|reported|added|stated|disclosed|revealed|told\s+(?:\p{L}+\s+){0,2}?(?:reporters|journalists|parliament|lawmakers|the\s+\p{L}+|\p{Lu}\p{L}+))\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u;
/** Questions about the saying itself: "When did the zoo announce the birth?" */
const ASKS_SAYING =
	/\b(?:say|said|says|announce[ds]?|confirm(?:s|ed)?|report(?:s|ed)?|tell|told|reveal(?:s|ed)?|disclose[ds]?|state[ds]?|news)\b/i;

/**
 * Whether the date picked for a "when" question is the day something was said ("…has been born at Vienna's zoo, the
 * zoo said on Wednesday", "the court on Monday confirmed the ban"), not the day of the deed asked about; not when the
 * question asks when it was said.
 *
 * @example
 * statementDate('When was the okapi born?', 'A calf has been born, the zoo said on Wednesday.', 42); // true
 */
export function statementDate(question: string, sentence: string, start: number, end = start): boolean {
	if (ASKS_SAYING.test(question)) return false;
	return (
		SAID_BEFORE.test(sentence.slice(Math.max(0, start - 48), start)) || SAID_AFTER.test(sentence.slice(end, end + 24))
	);
}

/** A speech verb right after a date: "Magistrates on Monday confirmed the ban", "officials on Friday said". */
const SAID_AFTER = /^\s*(?:said|announced|confirmed|reported|stated|disclosed|revealed|told)\b/u;
