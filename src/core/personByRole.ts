import type { AnalysedQuestion } from './analyseQuestion.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

const WHO_IS = /^\s*(?:who\s*(?:is|was|['’]s)|whos)\s+(.+?)[\s?!.]*$/i;

/**
 * The person a "who" question asks for among the people of a sentence: the one whose role the question names
 * ("Who is the Ukrainian president?"), or, for "Who is X?", X where this sentence gives X's role.
 *
 * @example
 * personByRole(analyseQuestion('Who is Trump?', context), peopleOfTheFirstSentence)?.subject; // 'US President'
 */
export function personByRole(question: AnalysedQuestion, people: Fact[] | undefined): Fact | undefined {
	// Synonyms and spelled-out abbreviations count: "Who is the CEO?" asks for the "Chief executive".
	const asked = new Set(question.terms.map((t) => t.stem));
	// "Who is the interim manager?" is not answered by "sacked manager Graham Duncan": the holder asked is another.
	const holder = contentStems((question.text.match(HOLDER_QUALIFIER) ?? []).join(' '));
	const byRole = people?.find((person) => {
		// "Homeland Party of Prime Minister Tonis Raudsepp": the office after the body's name is the role too.
		const subject = person.subject ?? '';
		const office = /\bof\s+((?:\p{Lu}[\p{L}-]*\s*)+)$/u.exec(subject)?.[1];
		const role = contentStems(office && !/\bof\b/iu.test(question.text) ? office : subject);
		const before = contentStems(person.source.quote.slice(Math.max(0, person.span[0] - HOLDER_CHARS), person.span[1]));
		if (holder.some((q) => !role.includes(q) && !before.includes(q))) return false;
		// "Di" of "Antonio Di Luca" is no word of the name for "the mayor of Cervara di Sopra" to give.
		const named = contentStems(person.text).filter((n) => !NAME_PARTICLES.has(n));
		return role.length > 0 && role.every((r) => asked.has(r)) && !named.some((n) => asked.has(n));
	});
	return (
		byRole ?? people?.find((person) => hasRole(person) && isAskedByName(question.text, person) && roleStated(person))
	);
}

/** Words that say which holder of a role is asked: "the interim manager", "the new coach", "its former chief". */
const HOLDER_QUALIFIER = /\b(?:interim|acting|caretaker|new|former|deputy|assistant|vice|outgoing|incoming)\b/gi;

/** How far before a person's fact the word of which holder is looked for: "Deputy Agriculture Minister Stavros…". */
const HOLDER_CHARS = 40;

/** Particles of names, which places share: "Di" in "Antonio Di Luca" and "Cervara di Sopra". */
const NAME_PARTICLES = new Set('di de da del della van von der den la le du dos das al el bin ibn'.split(' '));

/** A form of address, which tells nothing of what a person does: "Dr Priya Raman". */
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lady|Lord|Rev|Prof)\.?$/;

/** Whether the report gives the person a role, not only a form of address ("Dr"). */
export function hasRole(person: Fact): boolean {
	return person.subject !== undefined && !HONORIFIC.test(person.subject);
}

/** "Who is Trump?" asks about Donald Trump: every content word after "who is" is part of the person's name. */
export function isAskedByName(question: string, person: Fact): boolean {
	const who = WHO_IS.exec(question)?.[1];
	if (!who) return false;
	const asked = contentStems(who);
	const named = new Set(contentStems(person.text));
	return asked.length > 0 && asked.every((s) => named.has(s));
}

/** The sentence itself names the person with their role ("US President Donald Trump"), not only by name. */
export function roleStated(person: Fact): boolean {
	const role = person.subject;
	const before = person.source.quote.slice(0, person.span[0]).trimEnd();
	return role !== undefined && before.endsWith(role);
}
