import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems, stem } from './tokenize.ts';

/** "3.5 billion years ago", "its 51-year history": the age of a thing or a body, never of a person. */
export const THING_AGE = /\bago$|\b(?:thousand|million|billion)\s+years?[- ]old$|-year\s+(?:history|existence)$/i;

/**
 * The verbs a noun of someone who does something may come from: "swimmer" → swim, "hacker" → hack, "driver" → drive,
 * "investor" → invest; none for a noun of no such ending.
 */
export function agentVerbStems(noun: string): string[] {
	const base = /^(\p{Ll}{3,}?)(?:er|or)s?$/u.exec(noun.toLowerCase())?.[1];
	if (!base) return [];
	const undoubled = /(\p{Ll})\1$/u.test(base) ? base.slice(0, -1) : base;
	return [...new Set([base, `${base}e`, undoubled].map((w) => stem(w)))];
}

/**
 * For "How old is the swimmer?", the age of the one person whose age the sentence gives when the sentence tells the
 * deed the noun asked is named for ("A 67-year-old retired schoolteacher … swam across the strait"); undefined when
 * it tells no such deed or gives the ages of more than one person.
 *
 * @example
 * agentsAge('A 17-year-old boy was arrested for hacking the site.', 'hacker', ages)?.text; // '17-year-old'
 */
export function agentsAge(sentence: string, noun: string, ages: readonly AnswerPhrase[]): AnswerPhrase | undefined {
	const verbs = agentVerbStems(noun);
	if (verbs.length === 0) return undefined;
	const people = ages.filter((age) => !THING_AGE.test(age.text));
	if (people.length !== 1) return undefined;
	const stems = new Set(contentStems(sentence));
	return verbs.some((v) => stems.has(v)) ? people[0] : undefined;
}
