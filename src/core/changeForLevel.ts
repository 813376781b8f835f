import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A question after a change itself: "how big was the rate cut", "what was the rise", "by how much". */
const ASKS_CHANGE =
	/\b(?:cut|cuts|rise|rises|increase|increases|hike|hikes|fall|falls|drop|drops|change|changes|reduction|raise|raises|decline|gain|loss|jump|by\s+how\s+much|how\s+(?:much|far)\s+did)\b/iu;
/** A figure told as a change: "cut its benchmark rate by half", "raised prices by about 4 percent". */
const BY_CHANGE =
	/\b(?:cut|cuts|raised|raises|lowered|lowers|increased|increases|reduced|reduces|rose|fell|dropped|climbed|grew|shrank|slashed|hiked|lifted)\b[^.;]{0,60}?\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|another\s+|a\s+further\s+)?$/iu;

/**
 * Whether the figure a "what is the <quantity>" question was given is only a change of it ("The bank cut its
 * benchmark interest rate by half a percentage point" for "what's the new interest rate?"): the level itself is not
 * told there. False when the question asks the change.
 *
 * @example
 * changeForLevel("what's the new interest rate?", 'The bank cut its rate by half a point.', { text: 'half', start: 33, end: 37, typed: true }); // true
 */
export function changeForLevel(question: string, sentence: string, figure: AnswerPhrase): boolean {
	if (ASKS_CHANGE.test(question)) return false;
	return BY_CHANGE.test(sentence.slice(Math.max(0, figure.start - 100), figure.start));
}
