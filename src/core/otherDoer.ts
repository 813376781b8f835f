import { NOT_DEEDS, whoDidParts } from './askedPatient.ts';
import { NOT_NAMES } from './mentionPatterns.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, stem, type Token } from './tokenize.ts';

/** The name a sentence opens with, past a dateline ("ÖSTERSUND, Sweden — "): its subject. */
const OPENING_NAME = /^(?:[\p{Lu}\s,.()-]+\s[—–-]+\s*)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them'].map(stem));

/**
 * For "Who did Switzerland beat?", whether the sentence tells of another doer of the deed: it never names the one
 * asked and opens with another name ("Japan took the bronze medal, beating Sweden 8-3"), so whom it names was beaten
 * by someone else.
 *
 * @example
 * const sentence = 'Japan took the bronze, beating Sweden 8-3.';
 * otherDoer('who did switzerland beat', sentence, tokenize(sentence)); // true
 */
export function otherDoer(question: string, sentence: string, tokens: readonly Token[]): boolean {
	const asked = whoDidParts(question, sentence);
	const verb = asked?.verb;
	if (!verb || NOT_DEEDS.test(verb)) return false;
	const doer = contentStems(asked?.doer ?? '').filter((s) => !PRONOUNS.has(s));
	const stems = new Set(tokens.map((t) => t.stem));
	if (doer.length === 0 || doer.some((s) => stems.has(s))) return false;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	const deed = tokens.slice(0, SENTENCE_LIMITS.tokens).find((t) => wanted.has(t.stem) && t.start > 0);
	if (!deed) return false;
	const opening = OPENING_NAME.exec(sentence.slice(0, deed.start))?.[1];
	return opening !== undefined && !NOT_NAMES.has(opening.split(/\s+/)[0] ?? '');
}
