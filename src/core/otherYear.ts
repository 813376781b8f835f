/** A year the question asks of: "in 2019", "during 2023", "for 2024". */
const YEAR_ASKED = /\b(?:in|during|for)\s+(?:the\s+)?((?:1[89]|20)\d{2})\b/iu;
/** A year right after a figure, in its clause: "650,000 passengers in the 2024 season". */
const YEAR_AFTER = /^(?:[^,;.]|[,.](?=\d))*?\b(?:in|during|for)\s+(?:the\s+)?((?:1[89]|20)\d{2})\b/iu;
/** A year opening the figure's clause: "In 2024, the port received 412 calls". */
const YEAR_OPENING = /(?:^|[.;]\s+)(?:in|during)\s+((?:1[89]|20)\d{2}),(?:[^.;\d]|\d(?!\d{3}\b))*$/iu;

/**
 * Whether a question asks of one year ("how many passengers came in 2019") and the figure at `start`..`end` of the
 * sentence is given for another ("about 650,000 passengers in the 2024 season, up from 298 calls in 2019").
 *
 * @example
 * otherYear('how many came in 2019', 'It had 650,000 passengers in 2024, up from 298 calls in 2019.', 11, 29); // true
 */
export function otherYear(question: string, sentence: string, start: number, end: number): boolean {
	const asked = YEAR_ASKED.exec(question)?.[1];
	if (!asked) return false;
	const given =
		YEAR_AFTER.exec(sentence.slice(end, end + YEAR_CHARS))?.[1] ??
		YEAR_OPENING.exec(sentence.slice(Math.max(0, start - YEAR_CHARS), start))?.[1];
	return given !== undefined && given !== asked;
}

/** How far from a figure its year is looked for. */
const YEAR_CHARS = 60;
