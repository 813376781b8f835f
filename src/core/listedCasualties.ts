import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** One of a list's people: "the pilot", "a firefighter", "its driver", "one guard". */
const ONE = String.raw`(?:(?:the|a|an|its|their|his|her|one)\s+)(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+`;
/**
 * The people a casualty deed lists before a counted group: "killing (the pilot and) two passengers", "injured (a
 * firefighter, a nurse and) three residents".
 */
const LISTED_BEFORE = new RegExp(
	String.raw`\b(?:killing|killed|kills|injuring|injured|injures|wounding|wounded)\s+(${ONE}(?:,\s+${ONE})*,?\s+and\s+)$`,
	'u',
);

/**
 * A casualty count with the people listed before its group ("killing the pilot and two passengers" for "how many
 * died"): the count phrase widened to hold them, as the figure alone ("two passengers killed") counts too few; any
 * other phrase is returned as it is.
 *
 * @example
 * const sentence = 'The balloon crashed, killing the pilot and two passengers.';
 * listedCasualties(sentence, { text: 'two passengers killed', start: 42, end: 56, typed: true }).text;
 * // 'the pilot and two passengers killed'
 */
export function listedCasualties(sentence: string, phrase: AnswerPhrase): AnswerPhrase {
	if (!phrase.typed) return phrase;
	const listed = LISTED_BEFORE.exec(sentence.slice(Math.max(0, phrase.start - LIST_REACH), phrase.start))?.[1];
	if (!listed) return phrase;
	return { ...phrase, text: `${listed}${phrase.text}`, start: phrase.start - listed.length };
}

/** How far before a count its list of people is read, in characters. */
const LIST_REACH = 80;
