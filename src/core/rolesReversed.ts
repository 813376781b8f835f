import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { STOPWORDS, stem, type Token } from './tokenize.ts';
import { IRREGULAR_FORMS, ROLE_WORDS } from './vocabulary.ts';

/** "When did King Harold II conquer…", "what title did Henry II take": a question of what a named doer did. */
const DID_NAME =
	/^\s*(?:when|where|why|how|what(?:\s+\p{Ll}+)?|in\s+what\s+\p{Ll}+|who|whom|which\s+\p{Ll}+)\s+(?:did|does|do|has|have|had|will|would|could|can)\s+((?:[\p{L}'’.-]+\s+){0,4}?\p{Lu}[\p{L}'’.-]*\s+)(?!(?:and|or|nor|of|the|not|to|in|on|at|for|with|from|its|his|her|their)\b)(\p{Ll}{3,})\b/u;
/** A capitalised word of a name. */
const CAPITALISED = /\p{Lu}[\p{L}'’-]+/gu;
/** Capitalised words that name nobody: sentence openers, pronouns, number words, Roman numerals. */
const NOT_NAMES =
	/^(?:the|in|on|at|a|an|after|before|during|by|from|since|when|while|it|he|she|they|this|these|his|her|their|its|however|although|as|under|until|of|for|with|one|two|three|four|five|six|seven|eight|nine|ten|[ivxl]+|\p{L}+ly)$/u;
/** The names right before a verb, its subject, with at most one adverb between: "Duke William II of Normandy (then) conquered". */
const SUBJECT_BEFORE =
	/((?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|de|von|van|the|and|&)\s+|\s+))*\p{Lu}[\p{L}'’.-]*)\s+(?:(?:also|then|later|soon|finally|first|\p{Ll}+ly)\s+)?$/u;
/** How far before a verb its subject is read: a bounded window, so a long run of names costs no more. */
const SUBJECT_CHARS = 200;
/** A verb in the passive ("was conquered") or a noun or infinitive ("the conquest", "to conquer"): not the deed's doer before it. */
const NOT_ACTIVE = /(?:\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\p{Ll}+ly\s+)?|\b(?:the|a|an|of|to)\s+)$/iu;

/** Deeds that two do to each other ("merged with", "married", "played", "faced"): either may be said to do them. */
const MUTUAL =
	/^(?:marr|wed|meet|met|merg|divorc|partner|alli|ally|tie|draw|drew|negotiat|trade|sign|play|fac|fight|fought|debat|clash|battl|compet|rac|shar|split|swap|exchang|hug|kiss|talk|speak|spoke|agree|argu|quarrel)/;

function namesOf(text: string): string[] {
	return [...text.matchAll(CAPITALISED)]
		.map((m) => m[0])
		.filter((word) => !ROLE_WORDS.has(word) && !NOT_NAMES.test(word.toLowerCase()) && word.length >= 3)
		.map((word) => word.toLowerCase().slice(0, 4));
}

/**
 * For "When did King Harold II conquer England?", the doer a sentence gives the asked deed when it is another of the
 * sentence's names and the question's doer stands after the deed, as the one it was done to ("Duke William II of
 * Normandy conquered England killing King Harold II"): the sentence says the contrary of the question, as SQuAD 2.0's
 * writers made questions without an answer and as members ask a report with the sides the wrong way round. Only the
 * active voice, the asked verb itself (any of its forms), and names: undefined when the doer is the one asked, is
 * unnamed ("he", "the army"), or when the question's doer is not named after the deed (the sentence may call them
 * otherwise). `tokens` are the sentence's.
 *
 * @example
 * rolesReversed('When did Harold conquer England?', 'William of Normandy conquered England, killing Harold.', tokenize(…));
 * // 'William of Normandy'
 */
export function rolesReversed(question: string, sentence: string, tokens: readonly Token[]): string | undefined {
	const asked = DID_NAME.exec(question.replace(/^\s*\S/, (c) => c.toLowerCase()));
	const verb = asked?.[2];
	// "does Ukraine's air force", "what songs": a noun in the plural is not the deed.
	if (!asked || !verb || STOPWORDS.has(verb) || /[^su]s$/.test(verb) || MUTUAL.test(verb)) return undefined;
	const doers = namesOf(asked[1] ?? '');
	if (doers.length === 0) return undefined;
	// "sue" and "sued" stem apart: the verb's own forms are its stems.
	const wanted = new Set([verb, `${verb}s`, `${verb}d`, `${verb}ed`].map(stem));
	// "Liverpool beat Arsenal on Sunday, after Arsenal beat Liverpool in the cup": any deed by the one asked answers.
	let reversed: string | undefined;
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) && IRREGULAR_FORMS[token.word] !== verb) continue;
		const before = sentence.slice(Math.max(0, token.start - SUBJECT_CHARS), token.start);
		if (NOT_ACTIVE.test(before.slice(-24))) continue;
		if (/^\s+(?:with|against)\b/.test(sentence.slice(token.end))) return undefined;
		const subject = SUBJECT_BEFORE.exec(before)?.[1];
		if (!subject) return undefined;
		const clause = before.slice(
			Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1,
		);
		const named = namesOf(subject);
		if (named.length === 0 || doers.some((doer) => namesOf(clause).includes(doer))) return undefined;
		if (reversed === undefined && doers.some((doer) => namesOf(sentence.slice(token.end)).includes(doer)))
			reversed = subject;
	}
	return reversed;
}
