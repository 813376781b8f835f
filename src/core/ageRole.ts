import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { synonymStems } from './synonymStems.ts';
import { stem } from './tokenize.ts';
import { escapeRegExp } from './writesWord.ts';

/**
 * The word that says which holder of a role is asked ("finance" of "the finance minister"), for roles that come in
 * kinds; none for an owner, even one typed without its apostrophe ("the banks ceo").
 */
export function roleKind(words: readonly string[]): string | undefined {
	if (words.length !== 2 || !KINDED_ROLES.test(words[1] ?? '')) return undefined;
	const kind = words[0]?.toLowerCase() ?? '';
	return /s$|^(?:current|new|former|late|acting|interim|outgoing|incoming|deputy|vice)$/u.test(kind) ? undefined : kind;
}

/** Roles a government or a club has several of: "Interior Minister" is no finance minister. */
const KINDED_ROLES = /^(?:ministers?|secretary|secretaries|commissioners?|coach|coaches|directors?)$/iu;

/** The word of a role "How old is X's CEO?" asks about, as reports write it ("executive"); none for a name. */
export function heldRole(names: readonly string[]): string | undefined {
	if (names.length < 2) return undefined;
	const last = names.at(-1)?.toLowerCase() ?? '';
	return ROLE_ABBREVIATIONS[last] ?? (HELD_ROLES.has(last) ? last : undefined);
}

export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
	ceo: 'executive',
	cfo: 'financial',
	cio: 'information',
	gm: 'manager',
};
const HELD_ROLES = new Set(
	'president chairman chairwoman chair director manager mayor governor minister coach captain founder owner boss chief leader spokesman spokeswoman spokesperson'.split(
		' ',
	),
);
/** How far from an age its role may be written: "Chief Executive Daniel Voss, 57," or ", 49, the team's general manager". */
const ROLE_WINDOW = 40;

/** Whether the role is written beside the age, and "former" there only when the question asks a former holder. */
export function roleBeside(sentence: string, age: AnswerPhrase, role: string, former: boolean): boolean {
	const from = Math.max(0, age.start - ROLE_WINDOW);
	// "the farmer" asked, "64-year-old grower" written: the role's synonyms count.
	const roles = new Set([stem(role.toLowerCase()), ...synonymStems(stem(role.toLowerCase()))]);
	const found = [...sentence.slice(from, age.end + ROLE_WINDOW).matchAll(/\p{L}+/gu)].find((w) =>
		roles.has(stem(w[0].toLowerCase())),
	);
	if (!found) return false;
	const at = from + found.index;
	return former || !FORMER.test(sentence.slice(Math.max(0, at - ROLE_WINDOW), at));
}

/** Words for a woman or a girl, and for a man or a boy, by which an age written of one is no age of the other. */
const FEMALE =
	/^(?:woman|women|girl|girls|mother|mum|mom|wife|daughter|sister|grandmother|aunt|niece|widow|lady|girlfriend|bride|actress|queen|princess)$/iu;
const MALE =
	/^(?:man|men|boy|boys|father|dad|husband|son|brother|grandfather|uncle|nephew|widower|gentleman|boyfriend|groom|actor|king|prince)$/iu;

/**
 * Whether an age is written before a word for someone of the other sex than the one asked: "a 71-year-old man" beside
 * "the boy's mother" is the man's age, not hers.
 */
export function agedAnother(sentence: string, age: AnswerPhrase, role: string): boolean {
	if (!/old$/iu.test(age.text)) return false;
	const noun = /^[\s-]+(\p{L}+)/u.exec(sentence.slice(age.end, age.end + ROLE_WINDOW))?.[1] ?? '';
	return (FEMALE.test(role) && MALE.test(noun)) || (MALE.test(role) && FEMALE.test(noun));
}

/** "former chief executive": the role's holder was another. */
const FORMER = /\b(?:former|ex-|previous|then-)/i;

/**
 * Whether the role's kind is written right before the role, as the age's title ("Finance Minister Cristian Oprea,
 * 46,") or in apposition after it (", 46, the finance minister"), not elsewhere in the sentence ("…, 52, replaced the
 * finance minister").
 */
export function kindBeside(sentence: string, age: AnswerPhrase, kind: string, role: string): boolean {
	const pair = new RegExp(`(?<!\\p{L})${escapeRegExp(kind)}\\s+${escapeRegExp(stem(role))}\\p{L}*`, 'giu');
	const before = sentence.slice(Math.max(0, age.start - ROLE_WINDOW), age.start);
	const after = sentence.slice(age.end, age.end + ROLE_WINDOW);
	return pair.test(before) || new RegExp(`^,?\\s+(?:the\\s+)?${pair.source}`, 'iu').test(after);
}
