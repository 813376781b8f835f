import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { stem, type Token, tokenize } from './tokenize.ts';
import { IRREGULAR_FORMS } from './vocabulary.ts';

/** "How did the man die?", "how did the fire start": the way something happened, asked by its verb. */
const HOW_DID = /^\s*how\s+(?:did|does|do|was|were|has|have|had)\s+.+?\s+(\p{L}+)\s*[?.!]*$/iu;
/**
 * Words that tell how or why a deed came about, a few words after its verb ("died on Sunday when a tree fell"), or
 * right after it for "of" and "from" ("died of cancer"; not "at the scene of the crash"); not "after 3am".
 */
const MANNER_AFTER =
	/^(?:\s+((?:of|from)\s+[^,;]*)|(?:\s+[\p{L}\d'’-]+){0,5}?\s+((?:when|after|because|following|by)\s+(?!\d|noon\b|midnight\b|dawn\b|dusk\b|dark\b|\p{Lu}\p{Ll}+day\b)[^,;]*))/u;
/** Verbs whose "how" asks a result or a manner no clause of cause gives: "how did the council vote", "how did it end". */
const RESULT_VERBS = new Set(
	'vote voted react respond feel fare do perform finish end rank score look sound taste compare work go'.split(' '),
);
/** The fewest words such a phrase takes: "of cancer" is enough. */
const MIN_WORDS = 2;

/**
 * For "How did X <verb>?" (the sentence's `tokens` when at hand), the phrase after that verb that says how or why it happened ("died on Sunday when a tree
 * fell on his car" → "when a tree fell on his car"); none when the sentence does not write the verb or says no more.
 *
 * @example
 * howItHappened('How did the fire start?', 'The fire started after a pan of oil caught fire.')?.text;
 * // 'after a pan of oil caught fire'
 */
export function howItHappened(
	question: string,
	sentence: string,
	tokens: readonly Token[] = tokenize(sentence),
): AnswerPhrase | undefined {
	const verb = HOW_DID.exec(question)?.[1]?.toLowerCase();
	if (!verb || RESULT_VERBS.has(verb) || sentence.length > SENTENCE_LIMITS.chars) return undefined;
	const asked = stem(verb);
	// The deed as a verb ("died", "started", "fell"), not a noun of the same stem ("orientation").
	const at = tokens.find(
		(t) =>
			t.stem === asked &&
			(/(?:ed|en|es)$/.test(t.word) || Object.hasOwn(IRREGULAR_FORMS, t.word)) &&
			// "The woman, whose husband died of cancer, drowned…": another's deed.
			!/,\s+(?:who|whose|which)\b[^,]*$/iu.test(sentence.slice(0, t.start)),
	);
	if (!at) return undefined;
	const found = MANNER_AFTER.exec(sentence.slice(at.end));
	const told = found?.[1] ?? found?.[2];
	const phrase = told?.replace(/[\s.!?]+$/u, '');
	if (!found || !told || !phrase || phrase.split(/\s+/).length < MIN_WORDS) return undefined;
	const start = at.end + found[0].length - told.length;
	return { text: phrase, start, end: start + phrase.length, typed: false };
}
