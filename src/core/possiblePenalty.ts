/**
 * Words before a figure that make it a penalty the law allows, not one given: "carries a maximum sentence of",
 * "faces up to", "could face", "punishable by up to".
 */
const POSSIBLE_BEFORE =
	/\b(?:maximum\s+(?:\p{L}+\s+){0,2}?(?:penalty|sentence|term|fine)\s+of\s+|fac(?:e|es|ed|ing)\s+(?:a\s+maximum\s+of\s+|up\s+to\s+)|could\s+(?:face|get|receive)\s+(?:a\s+maximum\s+of\s+|up\s+to\s+)?|punishable\s+by\s+(?:up\s+to\s+)?|carr(?:y|ies)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+))(?:an?\s+|the\s+)?$/iu;
/** Questions about the penalty the law allows: "what's the maximum sentence", "how long could he get". */
const ASKS_POSSIBLE =
	/\b(?:max\w*|fac(?:e|es|ed|ing)|could|might|may|possible|potential\w*|up\s+to|risk\w*|allow\w*|law)\b/iu;
/** How far before a figure its words are looked for. */
const BEFORE_CHARS = 50;

/**
 * Whether the figure at `start` of `sentence` is a penalty the law allows ("carries a maximum penalty of 20 years"),
 * while the question asks what was given ("how many years in prison did Pruitt get?").
 *
 * @example
 * possiblePenalty('how long did pruitt get', 'Each count carries a maximum penalty of 20 years in prison.', 41); // true
 */
export function possiblePenalty(question: string, sentence: string, start: number): boolean {
	if (ASKS_POSSIBLE.test(question)) return false;
	return POSSIBLE_BEFORE.test(sentence.slice(Math.max(0, start - BEFORE_CHARS), start));
}
