import { NOT_DEEDS, WHO_ACTIVE } from './askedPatient.ts';
import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, stem } from './tokenize.ts';
import type { Fact } from './types.ts';

/** ", who abandoned", ", who had earlier won", ", who is believed to have bought": a relative clause's deed. */
const WHO_CLAUSE =
	/,\s+who\s+(?:(?:had|has|have|was|is|to|then|later|also|earlier|eventually|finally|reportedly|allegedly|believed|thought|said|understood|known)\s+)*(\p{Ll}{3,})\b/gu;
/** An age and a description between a person and the relative clause: ", 31, a sprinter with Team Corvo". */
const DESCRIBED_UP_TO = /^,\s+(?:\d{1,3}(?:,\s+|$))?(?:(?:a|an|the)\s[^,]*)?$/u;
/** How far before its "who" a relative clause's person may be named: past an age and a job ("Tomas Wilder, 31, a sprinter with Team Corvo"). */
const ANTECEDENT_CHARS = 90;

/**
 * For "Who abandoned the race?", the person a relative clause gives the deed asked: "Tomas Wilder" of "Among them was
 * Tomas Wilder, 31, a sprinter with Team Corvo, who abandoned the race" (the last person named before "who", not
 * the team), when the clause tells a word of the deed's object asked; undefined when the sentence tells the deed no
 * such way.
 *
 * @example
 * relativeDoer('who abandoned the race', sentence, mentions, kinds)?.text; // 'Tomas Wilder'
 */
export function relativeDoer(
	question: string,
	sentence: string,
	mentions: readonly Mention[],
	kinds: ReadonlyMap<number, Fact['kind']> | undefined,
): AnswerPhrase | undefined {
	const verb = WHO_ACTIVE.exec(question.toLowerCase())?.[1];
	if (!verb || NOT_DEEDS.test(verb) || !sentence.includes(', who ')) return undefined;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	// "Who runs the book fair?" is not answered by "…, who runs a small publishing house": the deed's object asked.
	const object = contentStems(question.slice(question.toLowerCase().indexOf(verb) + verb.length));
	for (const clause of sentence.matchAll(WHO_CLAUSE)) {
		if (!wanted.has(stem(clause[1] ?? ''))) continue;
		const rest = sentence.slice(clause.index + clause[0].length).split(/[,;.]/u)[0] ?? '';
		const told = contentStems(rest);
		// "The watch … belonged to Alberto Ascari, …, who is believed to have bought it": "it" is the thing named before.
		const before = /^\s+(?:it|them)\b/iu.test(rest) ? contentStems(sentence.slice(0, clause.index)) : [];
		if (object.length && !object.some((word) => told.includes(word) || before.includes(word))) continue;
		const people = mentions
			.filter((m) => m.type === 'name' && m.end <= clause.index && clause.index - m.end <= ANTECEDENT_CHARS)
			.filter((m) => kinds?.get(m.start) === 'person');
		// The clause follows the person's description, not a name inside it ("with Team Corvo").
		const person = people.find((m) => DESCRIBED_UP_TO.test(sentence.slice(m.end, clause.index))) ?? people.at(-1);
		if (person) return { text: person.text, start: person.start, end: person.end, typed: true };
	}
	return undefined;
}
