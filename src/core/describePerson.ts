import { findAppositive, withDescriptions } from './findAppositive.ts';
import { findTitle } from './findTitle.ts';
import { hasRole, isAskedByName, roleStated } from './personByRole.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Fact } from './types.ts';

/** A title that only says how to address someone: "Professor", "Dr.", "Mrs". */
const ADDRESS = /^(?:professor|prof\.?|dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss|sir|dame|lord|lady)$/iu;

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
	// "Professor Colin Haverstock, a sleep specialist at …": a form of address says less than what follows the name.
	const described = ADDRESS.test(person.subject) ? findAppositive(person.text, person.source.quote) : undefined;
	if (described) return described;
	const text = `${person.subject} ${person.text}`;
	const [start, end] = person.span;
	if (!roleStated(person)) return { text, start, end, typed: true };
	// "Chief technology officer Riaan du Plessis": the title as written, its words that name no role included.
	const full = findTitle(person.source.quote.slice(start, end), person.source.quote, true);
	const roleStart = person.source.quote.slice(0, start).trimEnd().length - person.subject.length;
	const quote = person.source.quote;
	if (full && full.end === end && full.start < roleStart) return withDescriptions(quote, full);
	const titled = { text, start: roleStart, end, typed: true };
	return withDescriptions(quote, titled);
}
