import { describesPerson } from './findTitle.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A person's calling, then "of" and the body's kind, right before a name: "The team doctor of professional cycling outfit". */
const CALLING_OF =
	/\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)\s+(?:of|at|for)\s+(?:(?:the|\p{Ll}[\p{L}-]*)\s+){0,4}$/u;
/** The verb of the subject right after the name: "…Team Ardent was banned", "…Team Ardent has resigned". */
const VERB_AFTER = /^\s+(?:was|were|is|are|has|had|have|will|would|had\s+been|has\s+been)\b/u;

/**
 * Whether `picked`, asked for by a "who" question, is only the body of someone the sentence tells by calling
 * ("The team doctor of professional cycling outfit Team Ardent was banned…"): the one who did it is the doctor, left
 * unnamed here, not Team Ardent.
 *
 * @example
 * roleOwner('The team doctor of cycling outfit Team Ardent was banned.', { text: 'Team Ardent', start: 33, end: 44, typed: true }); // true
 */
export function roleOwner(sentence: string, picked: AnswerPhrase): boolean {
	if (!picked.typed) return false;
	const calling = CALLING_OF.exec(sentence.slice(Math.max(0, picked.start - 80), picked.start))?.[1];
	return calling !== undefined && describesPerson(calling) && VERB_AFTER.test(sentence.slice(picked.end));
}
