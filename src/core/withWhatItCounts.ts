import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Fact } from './types.ts';

/** A figure alone, no unit or noun: "1.58", "212". */
const BARE = /^\d[\d.,]*$/u;
/** A unit joined to a figure by a hyphen: "212-page", "17-metre". */
const HYPHENED = /^-\p{Ll}+(?:-\p{Ll}+)*\b/u;
/** Words after a figure that begin no noun it counts: "37 no longer…". */
const NOT_NOUN = /^\s+(?:no|not|more|less|of|in|on|at|to|for|and|or|was|were|is|are|had|have)\b/iu;
/** A rate's "per" after its noun: "children per woman". */
const PER = /^\s+per\s+\p{Ll}+\b/u;

/**
 * A bare figure answer widened to what it counts ("1.58" → "1.58 children per woman", "212" → "212-page"): a figure
 * alone says less than the sentence; other answers are left as they are.
 *
 * @example
 * withWhatItCounts('It stood at 1.58 children per woman.', { text: '1.58', start: 12, end: 16, typed: true }, facts).text;
 * // '1.58 children per woman'
 */
export function withWhatItCounts(sentence: string, phrase: AnswerPhrase, facts: readonly Fact[]): AnswerPhrase {
	if (!phrase.typed || !BARE.test(phrase.text)) return phrase;
	const counted = facts.find(
		(f) =>
			f.span[0] === phrase.start && f.span[1] > phrase.end && !NOT_NOUN.test(sentence.slice(phrase.end, f.span[1])),
	);
	const hyphened = HYPHENED.exec(sentence.slice(phrase.end))?.[0];
	const noun = counted ? counted.span[1] : hyphened ? phrase.end + hyphened.length : phrase.end;
	const end = noun + (counted ? (PER.exec(sentence.slice(noun))?.[0].length ?? 0) : 0);
	return end > phrase.end ? { ...phrase, text: sentence.slice(phrase.start, end), end } : phrase;
}
