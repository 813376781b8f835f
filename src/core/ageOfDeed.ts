import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, stem } from './tokenize.ts';

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

/** "How old was Arkwright when he started at the counter?": the time the age is asked of, told by a clause. */
const WHEN_CLAUSE = /\b(?:how\s+old|what\s+age)\b.*?\bwhen\s+(.+?)[\s?!.]*$/iu;

/**
 * Whether the question asks an age at a time its "when" clause tells ("how old was Arkwright when he started at the
 * counter") and the sentence writes none of that clause's words but as another name's ("Ashcombe Counter Ltd … Dennis
 * Arkwright, 71"): its age is of another time.
 *
 * @example
 * whenUnsaid('how old was he when he started', 'Dennis Arkwright, 71, is retiring.'); // true
 */
export function whenUnsaid(question: string, sentence: string): boolean {
	const clause = WHEN_CLAUSE.exec(question)?.[1];
	if (!clause) return false;
	// "when she passed away": a death, however the report writes it ("died at the age of 94").
	const words = contentStems(clause.replace(/\bpassed(?:\s+away)?\b/iu, 'died'));
	const told = new Set(words.flatMap((word) => [word, ...synonymStems(word)]));
	if (told.size === 0) return false;
	// A name the clause writes ("when he left Poland") counts; a word only the name of another thing holds does not.
	const names = new Set(contentStems((clause.match(/(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')));
	const written = contentStems(sentence).filter((word) => told.has(word));
	const lower = new Set(contentStems((sentence.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu) ?? []).join(' ')));
	return !written.some((word) => lower.has(word) || names.has(word));
}
