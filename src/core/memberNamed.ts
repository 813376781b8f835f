import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "an inspector from the", "a spokeswoman for the", "a researcher at": someone described by the body they are with. */
const MEMBER_BEFORE = /\b(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+(?:from|of|at|with|for)\s+(?:the\s+)?$/u;
/** ", Neil Abernathy,": the person's full name in commas right after the body. */
const NAME_IN_COMMAS = /^,\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),/u;

/** ", whose specialist, Pieter Goossens,": a role of the body's, then the person's full name in commas. */
const WHOSE_MEMBER =
	/^,\s+whose\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),/u;

/**
 * The person a body picked for "who" stands for, named in commas after it: "an inspector from the Education Quality
 * Board, Neil Abernathy, made an unannounced visit" gives "Neil Abernathy" for "who did the surprise inspection", and
 * "Vercammen & Zonen, whose specialist, Pieter Goossens, recognised…" gives "Pieter Goossens"; none where the body is
 * not told as someone's.
 *
 * @example
 * const sentence = 'An inspector from the Quality Board, Neil Abernathy, made a visit.';
 * memberNamed(sentence, { text: 'Quality Board', start: 22, end: 35, typed: true })?.text; // 'Neil Abernathy'
 */
export function memberNamed(
	sentence: string,
	picked: AnswerPhrase,
	asked: ReadonlySet<string> = new Set(),
): AnswerPhrase | undefined {
	if (!picked.typed) return undefined;
	// "Vercammen & Zonen, whose specialist, Pieter Goossens, recognised…": the body's member, named by their role, who
	// did the deed asked.
	const whose = WHOSE_MEMBER.exec(sentence.slice(picked.end));
	const deed = whose ? /^\s*(\p{Ll}+)/u.exec(sentence.slice(picked.end + whose[0].length))?.[1] : undefined;
	const name =
		(deed && asked.has(stem(deed)) ? whose : null) ??
		(MEMBER_BEFORE.test(sentence.slice(Math.max(0, picked.start - 60), picked.start))
			? NAME_IN_COMMAS.exec(sentence.slice(picked.end))
			: null);
	if (!name?.[1]) return undefined;
	const start = picked.end + name[0].indexOf(name[1]);
	return { text: name[1], start, end: start + name[1].length, typed: true };
}
