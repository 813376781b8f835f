import { NOT_DEEDS, WHO_ACTIVE } from './askedPatient.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { synonymStems } from './synonymStems.ts';
import { stem } from './tokenize.ts';

/**
 * After a name: its possessive and a body or officer of it ("'s communications regulator"), then maybe a time ("on
 * Wednesday"), then the verb it did.
 */
const OWNED_THEN_VERB =
	/^['’]s\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)\s+(?:(?:on|last|this|early|late|earlier|later)\s+\p{L}+\s+)?(\p{Ll}{3,})\b/u;

/**
 * For "Who fined Alvora Telecom?", the doer the sentence names by its owner ("Portugal's communications regulator on
 * Wednesday fined mobile operator Alvora Telecom…"): the owner's name with what of theirs did the deed asked, not the
 * owner alone; undefined when the name is not such an owner of the deed's doer.
 *
 * @example
 * ownedDoer('who fined alvora', "Portugal's regulator fined Alvora.", { text: 'Portugal', start: 0, end: 8, typed: true })?.text;
 * // "Portugal's regulator"
 */
export function ownedDoer(question: string, sentence: string, picked: AnswerPhrase): AnswerPhrase | undefined {
	const verb = WHO_ACTIVE.exec(question.toLowerCase())?.[1];
	if (!verb || NOT_DEEDS.test(verb) || !picked.typed) return undefined;
	const owned = OWNED_THEN_VERB.exec(sentence.slice(picked.end));
	if (!owned?.[1] || !owned[2]) return undefined;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	if (!wanted.has(stem(owned[2]))) return undefined;
	const end = picked.end + owned[0].indexOf(owned[1]) + owned[1].length;
	return { text: sentence.slice(picked.start, end), start: picked.start, end, typed: true };
}
