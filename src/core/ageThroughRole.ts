import { ASKS_AGE, askedPerson } from './askedAge.ts';
import type { Answer } from './types.ts';

/**
 * "How old is the mayor?", "what age is the dairy's boss", "how old is the farmer who found it", "how old is her dad":
 * an age asked of someone named by a role or kin, not a name.
 */
const AGE_OF_ROLE =
	/^\s*(?:how\s+old\s+(?:is|was)|what\s+age\s+(?:is|was))\s+((?:the|her|his|their)\s+(?:(?!(?:when|who|that|at|in|now|today)\b)[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+?(?:\s+(?:who|that)\s+(?:(?!(?:when|now|today)\b)[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)?)(?=\s+(?:when|at|in|now|today)\b|\s*[?!.]*\s*$)/iu;
/** "how old is her dad": an age asked of the kin of someone the question names by a pronoun. */
export const ASKS_KIN_AGE =
	/^\s*(?:how\s+old\s+(?:is|was)|what\s+age\s+(?:is|was))\s+(?:her|his|their)\s+\p{L}+\s*[?!.]*\s*$/iu;

/** A relative clause after the role: " who found the dinosaur". */
const RELATIVE_CLAUSE = /\s+(?:who|that)\s.*$/iu;
/** The longest question read as an age asked of a role. */
const LONGEST = 200;
/** A name as a "who" answer gives it: capitalised words ("Tomas Berg", "Claire Mouchet-Roy"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|der|de|da|di|del|la|le|al|bin)\s+)*\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * The age of someone a question names by a role ("How old is the mayor?"), for when the question asked as it is was
 * declined, as it is when no sentence gives the role and the age together ("Mayor Tomas Berg said…" and "Berg, 61,
 * has led the town since 2019."): the person the role names,
 * asked as "who is the mayor", then the question asked of that person by name. Its chance is both chances together; its sources
 * are the sentence giving the age, then the one naming the person in the role. Undefined when the question asks
 * something else or either step is declined.
 *
 * @example
 * ageThroughRole('how old is the mayor', (q) => factdesk.ask(q), 0.32)?.answer; // '61'
 */
export function ageThroughRole(
	question: string,
	ask: (question: string) => Answer,
	minConfidence: number,
): Answer | undefined {
	// Such a question is a short one: a longer text is no question of this kind, and is never searched for one.
	if (question.length > LONGEST || !ASKS_AGE.test(question) || askedPerson(question).length > 0) return undefined;
	const role = AGE_OF_ROLE.exec(question)?.[1];
	if (!role) return undefined;
	// "the farmer who found the dinosaur": asked first as it is, then as the role alone ("the farmer").
	const bare = role.replace(RELATIVE_CLAUSE, '');
	const asked = ask(`who is ${role}?`);
	const holder = asked.answered || bare === role ? asked : ask(`who is ${bare}?`);
	const name = holder.answer.trim();
	if (!holder.answered || !PERSON_NAME.test(name) || !holder.sources[0]) return undefined;
	// "how old was the developer when he died": the same question, asked of the person by name; by the surname alone
	// when the full name finds nothing ("Raudsepp, 61, conceded defeat" after "Prime Minister Tonis Raudsepp").
	const full = ask(question.replace(role, name));
	const surname = name.split(/\s+/).at(-1) ?? name;
	const age = full.answered || surname === name ? full : ask(question.replace(role, surname));
	const confidence = Math.round(holder.confidence * age.confidence * 1000) / 1000;
	if (!age.answered || !age.sources[0] || confidence < minConfidence) return undefined;
	return { ...age, question, confidence, sources: [age.sources[0], holder.sources[0]] };
}
