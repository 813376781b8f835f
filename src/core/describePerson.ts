import { findTitle } from './findTitle.ts';
import { hasRole, isAskedByName, roleStated } from './personByRole.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Fact } from './types.ts';

/**
 * For "Who is X?", X with the role the report gives them: "US President Donald Trump", highlighted where the
 * sentence writes it, or where it names X when the role was given in an earlier sentence; none when the
 * question asks something else or the report gives X no role.
 *
 * @example
 * describePerson('Who is Trump?', peopleOfTheSentence)?.text; // 'US President Donald Trump'
 */
export function describePerson(question: string, people: Fact[] | undefined): AnswerPhrase | undefined {
	const person = people?.find((p) => hasRole(p) && isAskedByName(question, p));
	if (!person?.subject) return undefined;
	const text = `${person.subject} ${person.text}`;
	const [start, end] = person.span;
	if (!roleStated(person)) return { text, start, end, typed: true };
	// "Chief technology officer Riaan du Plessis": the title as written, its words that name no role included.
	const full = findTitle(person.source.quote.slice(start, end), person.source.quote, true);
	const roleStart = person.source.quote.slice(0, start).trimEnd().length - person.subject.length;
	if (full && full.end === end && full.start < roleStart) return full;
	return { text, start: roleStart, end, typed: true };
}
