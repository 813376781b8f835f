import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "At what age did Okonkwo become a grandmaster?": the deed whose age is asked. */
const AT_WHAT_AGE =
	/\bat\s+what\s+age\s+(?:did|does|do|was|were|is|are|will|would|had|has|could|can)\s+(.+?)[\s?!.]*$/iu;
/** A bare age after "at": "became a grandmaster at 14", not "at 9:40", "at 3 percent" or "at 14-all". */
const AT_AGE =
	/\bat\s+(\d{1,2})(?![\d:%]|[.,]\d|-|\s*(?:a\.?m\b|p\.?m\b|per\b|percent\b|o['’]clock\b|%|(?!(?:and|in|when|after|before|while|but|to|for|with|years?)\b)\p{L}))/giu;
/** Words of the question that tell no deed. */
const NOT_DEED =
	/^(?:the|a|an|his|her|their|its|this|that|first|time|become|became|get|got|have|had|make|made|take|took)$/i;
/** How far before "at" the deed's word may stand, in characters: "became a grandmaster at 14". */
const DEED_WINDOW = 30;

/**
 * For "At what age did X <deed>?": the bare age the sentence writes just after a word of the deed ("became a
 * grandmaster at 14", while "moved … at the age of 11" is another deed's); undefined where there is none.
 *
 * @example
 * ageOfDeed('At what age did Okonkwo become a grandmaster?', 'He moved at the age of 11 and became a grandmaster at 14.')?.text; // '14'
 */
export function ageOfDeed(question: string, sentence: string): AnswerPhrase | undefined {
	const rest = AT_WHAT_AGE.exec(question)?.[1];
	if (!rest) return undefined;
	const deed = new Set(
		rest
			.split(/\s+/u)
			.slice(1)
			.map((w) => w.replace(/[^\p{L}'’-]/gu, '').toLowerCase())
			.filter((w) => w.length >= 4 && !NOT_DEED.test(w))
			.map((w) => stem(w)),
	);
	if (deed.size === 0) return undefined;
	for (const m of sentence.matchAll(AT_AGE)) {
		const before = sentence.slice(Math.max(0, m.index - DEED_WINDOW), m.index).match(/\p{L}+/gu) ?? [];
		if (!before.some((w) => deed.has(stem(w.toLowerCase())))) continue;
		const start = m.index + m[0].length - (m[1] ?? '').length;
		return { text: m[1] ?? '', start, end: m.index + m[0].length, typed: true };
	}
	return undefined;
}
