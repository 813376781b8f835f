import { STOPWORDS } from './tokenize.ts';

/** A thing named by its number: "line 4", "Game 7", "terminal 2", "Flight 302" (not "in 2019", "top 10"). */
const NUMBERED = /\b(\p{L}{3,})\s+(\d{1,4})\b(?!\s*(?:%|percent|per\s+cent|[.,]\d))/giu;
/** Words before a number that count or rank, or say when, rather than name: "top 10", "over 40", "since 2019". */
const NOT_A_NAME =
	/^(?:top|over|under|about|around|nearly|almost|than|least|most|some|only|just|since|until|from|between|after|before|during|year|years|age|aged|page|per|every|each|the|and|with|within|than|last|next|first|many|much|cost|costs|costing|pay|paid|worth|fell|rose|grew|dropped|reached|hit|raised|cut|by|to|of|at|on|in|for|number)$/iu;

/**
 * Whether a question asks of a thing named by its number ("when will metro line 4 open") and the sentence names the
 * same thing with another number only ("Line 3, which is due to open in 2027"): it tells of another one.
 *
 * @example
 * otherNumbered('when will metro line 4 open', 'The new metro Line 3 is due to open in 2027.'); // true
 */
export function otherNumbered(question: string, sentence: string): boolean {
	for (const [, word = '', number = ''] of question.matchAll(NUMBERED)) {
		if (NOT_A_NAME.test(word) || STOPWORDS.has(word.toLowerCase())) continue;
		const given = [...sentence.matchAll(new RegExp(String.raw`\b${word}\s+(\d{1,4})\b`, 'giu'))].map((m) => m[1]);
		if (given.length > 0 && !given.includes(number)) return true;
	}
	return false;
}
