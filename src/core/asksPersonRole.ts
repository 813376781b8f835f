import { describesPerson, findTitle } from './findTitle.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { roleStated } from './personByRole.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

/** "Who is the chairman of…", "who was the new head at…": the role noun a "who" question asks the holder of. */
const WHO_ROLE =
	/^\s*who\s*(?:is|was|are|were|['’]s|will\s+be|has\s+been)\s+(?:the|a|an|its|their|his|her)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:of|at|for|in)\b/iu;

/**
 * Whether a question asks for the person who holds a role ("Who is the chairman of Baltica Airlines?"), so that an
 * organisation or a place cannot answer it.
 *
 * @example
 * asksPersonRole('Who is the chief executive of Solvang Pharma?'); // true
 * asksPersonRole('Who bought the company?'); // false
 */
export function asksPersonRole(question: string): boolean {
	const role = WHO_ROLE.exec(question)?.[1];
	return role !== undefined && describesPerson(role);
}

/**
 * Whether a "who" answer may be a person: not a word of nationality ("Danish"), not a name the sentence's facts make
 * an organisation or place, not the agency in a dateline's brackets ("STOCKHOLM (Reuters) —"), not the name of a
 * thing ("the drug, called Arachivex").
 */
export function personLike(
	sentence: string,
	picked: AnswerPhrase,
	kinds: ReadonlyMap<number, Fact['kind']> | undefined,
): boolean {
	if (!picked.typed || NATIONALITY.test(picked.text)) return false;
	const kind = kinds?.get(picked.start);
	if (kind === 'organisation' || kind === 'place') return false;
	if (sentence[picked.start - 1] === '(' && sentence[picked.end] === ')') return false;
	const thing = CALLED.exec(sentence.slice(Math.max(0, picked.start - 60), picked.start))?.[1];
	return thing === undefined || describesPerson(thing);
}

/** A thing's name given after its noun: "The drug, called Arachivex", "a gang calling itself Nightwharf". */
const CALLED = /\b(\p{Ll}+),?\s+(?:called|named|dubbed|known\s+as|calling\s+itself)\s+$/u;

/**
 * Whether the sentence names the answer with another role than the one asked ("manager Duncan" for "Who is the
 * chairman of Rovers?"): the role stated right before the name shares no word with the question.
 */
export function holdsOtherRole(
	questionStems: ReadonlySet<string>,
	sentence: string,
	picked: AnswerPhrase,
	people: readonly Fact[],
): boolean {
	const person = people.find((p) => p.span[0] <= picked.start && p.span[1] >= picked.end);
	const title = findTitle(picked.text, sentence);
	const role = person?.subject && roleStated(person) ? person.subject : title?.text.slice(0, -picked.text.length);
	return role !== undefined && !contentStems(role).some((s) => questionStems.has(s));
}
