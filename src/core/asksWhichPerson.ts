import { describesPerson } from './findTitle.ts';
import { NATIONALITY } from './mentionPatterns.ts';

/** "Which judge decided…", "what Fiji player was…": up to three words after "which" or "what", and what follows each. */
const WHICH_WORDS = /^\s*(?:which|what)\s+(\p{L}+)([-'’]?)(?:\s+(\p{L}+)([-'’]?))?(?:\s+(\p{L}+))?/iu;
/** "what's the name of the nurse who…", "whats the name of the 58 yr old who got arrested": up to who/that. */
const NAME_OF =
	/^\s*what(?:['’]?s|\s+(?:is|was|were|are))\s+the\s+names?\s+of\s+(?:the|a|an|this|that|her|his|their)\s+((?:[\p{L}\d'’-]+\s*){1,6}?)(?:\s+(?:who|that|whose|which|in|at|from|on|with)\b|[\s?!.]*$)/iu;
/** Words for anyone a name is asked for, besides trades: "guy", "kid", "person", "yr old". */
const PEOPLE_WORDS =
	/^(?:guy|guys|kid|kids|child|person|people|teenager|teen|lad|bloke|couple|family|owner|worker|staff|member|officer|nurse|doctor|pilot|driver|man|woman|men|women|boy|girl|old)$/iu;
/** Titles that also name a thing's part: "what head of lettuce". */
const NOT_ALONE = /^(?:head)$/i;
/** Words right after a subject that make it one: auxiliaries, and common past forms without "-ed". */
const VERB_AFTER =
	/^(?:is|was|are|were|has|have|had|did|does|do|will|would|could|can|should|may|might|must|quit|led|ran|won|beat|took|gave|made|oversaw|saw|said|told|got|sent|left|lost|paid|hit|shot|found|kept|brought|bought|caught|fought|held|sold|spent|struck|wrote|broke|chose|drove|rose|spoke|stole|threw|came|became|began|drew|flew|grew|knew|met|put|set|shut|swore|taught|thought|tore|fled|sued|ruled|went)$/i;
/** Words before a person's noun that describe the person: a name or people ("Fiji", "Danish"), or a kind of them. */
const DESCRIBES =
	/^(?:business|union|party|top|former|new|local|team|city|state|government|opposition|club|lead|senior|junior|deputy|assistant|vice|co|chief|head|federal|district|high|supreme|appeals?|trial|youth|star|veteran|young|female|male|women|men)$/i;

/** Whether `next` (the word after a person's noun) makes that noun a subject: a verb, not a noun it qualifies. */
function subjectBefore(next: string | undefined, noun: string): boolean {
	if (next === undefined) return true;
	if (VERB_AFTER.test(next)) return true;
	if (/ings?$/i.test(next)) return false;
	// "which judge oversees", but not "which players ratings": an -s verb after a singular noun.
	return /[^s]ed$/i.test(next) || (/[^s]s$/i.test(next) && !/s$/i.test(noun));
}

function person(word: string): boolean {
	return describesPerson(word.replace(/s$/i, '')) || describesPerson(word);
}

/**
 * Whether a question opens by naming the role or calling of the person it asks for, as the subject of its verb:
 * "Which judge decided the case?", "what Fiji player was sent off?"; not a noun that qualifies another ("what
 * student loan changes", "which players' union"), nor a verb before it ("what made nurses strike").
 *
 * @example
 * asksWhichPerson('which ministers quit before the vote'); // true
 * asksWhichPerson('what driver shortage hit the firm'); // false
 */
export function asksWhichPerson(text: string): boolean {
	return whichPersonNoun(text) !== undefined;
}

/**
 * The noun of the role or calling a "which <person>" question asks for ("judge" of "which judge decided…", "player" of
 * "what Fiji player…"); undefined when it asks for none (see asksWhichPerson).
 */
export function whichPersonNoun(text: string): string | undefined {
	const found = WHICH_WORDS.exec(text);
	if (!found) return undefined;
	const [, first = '', firstMark, second, secondMark, third] = found;
	// "Which chief executive resigned?": a role of two nouns, the second its head.
	if (person(first) && !firstMark && second !== undefined && person(second) && !secondMark)
		return subjectBefore(third, second) ? second : undefined;
	if (person(first) && !NOT_ALONE.test(first)) return !firstMark && subjectBefore(second, first) ? first : undefined;
	const describes = /^\p{Lu}/u.test(first) || NATIONALITY.test(first) || DESCRIBES.test(first);
	const named = describes && !firstMark && second !== undefined && person(second) && !secondMark;
	return named && subjectBefore(third, second) ? second : undefined;
}

/**
 * Whether a question asks the name of a person it describes: "what's the name of the nurse who found the fridge",
 * "whats the name of the 58 yr old who got arrested" (not "what's the name of the cafe").
 *
 * @example
 * asksNameOfPerson("what's the name of the nurse who found the fridge"); // true
 */
export function asksNameOfPerson(text: string): boolean {
	const words = NAME_OF.exec(text)?.[1]?.split(/\s+/) ?? [];
	return words.some((w) => person(w.toLowerCase()) || PEOPLE_WORDS.test(w));
}
