import { stem } from './tokenize.ts';

/** "…of the bridge when it opened in ": a clause of time whose own verb the date right after it belongs to. */
const WHEN_CLAUSE =
	/\bwhen\s+(?:it|he|she|they|we|the\s+[\p{L}-]+|\p{Lu}[\p{L}-]+)\s+(?:(?:was|were|had|first|last)\s+)?([\p{L}-]+)\s+(?:in|on|at)\s+$/u;

/**
 * Whether the date at `start` belongs to a "when" clause with a verb of its own that the question (its words and their
 * synonyms, `askedStems`) does not ask of:
 * "when did the chief designer retire" of "was the chief designer of the bridge when it opened in 1989".
 *
 * @example
 * whenClauseDate('when did he retire', 'He was chief designer when it opened in 1989.', 40); // true
 */
export function whenClauseDate(
	question: string,
	sentence: string,
	start: number,
	askedStems: ReadonlySet<string> = new Set(),
): boolean {
	const verb = WHEN_CLAUSE.exec(sentence.slice(Math.max(0, start - 60), start))?.[1];
	if (!verb) return false;
	const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
	return !askedStems.has(stem(verb.toLowerCase())) && !words.map(stem).includes(stem(verb.toLowerCase()));
}
