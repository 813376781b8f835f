import { NOT_DEEDS, WHO_ACTIVE } from './askedPatient.ts';
import type { Mention } from './findMentions.ts';
import { nearestToAsked } from './nearestToAsked.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems, type Token } from './tokenize.ts';
import type { Fact } from './types.ts';

/**
 * For "Who took bronze?" of a sentence naming several people, the person in the clause that tells the deed's object
 * asked ("while Britain's Ada Nwosu won bronze", not "Tamara Hughes, who took silver"): undefined when the question
 * names no object the sentence writes, the sentence names fewer than two people, or the person is the one picked.
 */
export function clauseDoer(
	question: string,
	sentence: string,
	tokens: readonly Token[],
	mentions: readonly Mention[],
	kinds: ReadonlyMap<number, Fact['kind']> | undefined,
	picked: AnswerPhrase,
): AnswerPhrase | undefined {
	const verb = WHO_ACTIVE.exec(question.toLowerCase())?.[1];
	if (!verb || NOT_DEEDS.test(verb)) return undefined;
	const asked = new Set(contentStems(question));
	const written = new Set(tokens.map((t) => t.stem));
	const object = new Set(
		contentStems(question.slice(question.toLowerCase().indexOf(verb) + verb.length)).filter((s) => written.has(s)),
	);
	if (object.size === 0) return undefined;
	// "Who coaches Okonkwo?": the person asked about is no answer.
	const people = mentions.filter(
		(m) =>
			m.type === 'name' &&
			kinds?.get(m.start) === 'person' &&
			!contentStems(m.text).some((s) => asked.has(s)) &&
			// "Abhimanyu Mishra of the United States": where someone is from, nobody.
			!/\bof\s+the\s+$/u.test(sentence.slice(Math.max(0, m.start - 10), m.start)),
	);
	if (people.length < 2) return undefined;
	const found = nearestToAsked(sentence, people, tokens, object);
	// Its own clause must tell the object: "ahead of Pablo Ortega, with both men given…" tells "men" of nobody.
	const told = tokens.some((t) => object.has(t.stem) && found && sameClause(sentence, found, t));
	if (!found || !told || (found.start <= picked.start && found.end >= picked.end) || picked.text.includes(found.text))
		return undefined;
	return { text: found.text, start: found.start, end: found.end, typed: true };
}

/** What ends a clause between a name and a word, unless a relative clause of the name opens there (", who took"). */
const BREAK = /[,;:]|\b(?:and|but|while|whereas)\b/u;

/** Whether the name and the word stand in one clause: "Ada Nwosu won bronze", "Tamara Hughes, who took silver". */
function sameClause(sentence: string, name: Mention, word: Token): boolean {
	if (word.start < name.end) return !BREAK.test(sentence.slice(word.end, name.start));
	const between = sentence.slice(name.end, word.start);
	return !BREAK.test(between) || (/^,\s+who\s/u.test(between) && !BREAK.test(between.slice(1)));
}
