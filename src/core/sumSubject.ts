import type { Mention } from './findMentions.ts';
import { contentStems, stem } from './tokenize.ts';

/** A name, then a verb, right before a sum: "Australia pledged A$5 million", "Japan has offered ¥1.5 trillion". */
const SUBJECT_BEFORE =
	/(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+(?:(?:has|had|have|will|would|also|then)\s+)?\p{Ll}+\s+(?:(?:about|around|nearly|almost|up\s+to|more\s+than|another|an\s+extra|a\s+further|a\s+total\s+of)\s+)?$/u;
/** How far before the sum its subject is read, in characters. */
const LOOK_BACK = 80;

/** A preposition right before a name, which makes it what a sum is paid for or spent on ("for Elbus"). */
const PAID_FOR = /\b(?:for|on|into)\s+(?:the\s+)?$/i;

/**
 * Whether a sum is another side's than the one the question asks of: its sentence (with its `mentions`) gives it to a name the question
 * does not name ("Australia pledged A$5 million"), while naming one the question does ("and New Zealand said it would
 * send a plane") — "how much aid has New Zealand pledged" is not answered by it.
 *
 * @example
 * sumOfOther('how much has new zealand pledged', sentence, 19, findMentions(sentence)); // true, of 'Australia pledged A$5 million, and New Zealand sent a plane.'
 */
export function sumOfOther(question: string, sentence: string, start: number, mentions: readonly Mention[]): boolean {
	const before = sentence.slice(Math.max(0, start - LOOK_BACK), start);
	const subject = SUBJECT_BEFORE.exec(before)?.[1];
	if (!subject) return commonSideOther(question, sentence, start, before);
	const asked = new Set(contentStems(question));
	const named = (text: string) => {
		const stems = contentStems(text);
		return stems.length > 0 && stems.every((s) => asked.has(s));
	};
	// "Aurion Micro Devices will invest" for "how much is Aurion investing": the side asked, by any of its words.
	if (contentStems(subject).some((s) => asked.has(s))) return false;
	// "Nordvik paid 4.8 billion crowns … for Elbus": what was paid for is no other side.
	const object = (m: Mention) => PAID_FOR.test(sentence.slice(Math.max(0, m.start - 8), m.start));
	return mentions.some((m) => m.type === 'name' && m.start >= start && named(m.text) && !object(m));
}

/** A common noun, then a verb, right before a sum: "the city had offered 12 million dollars". */
const COMMON_SUBJECT_BEFORE =
	/\b(?:the|its|their)\s+(\p{Ll}+)\s+(?:(?:has|had|have|will|would|also|then)\s+)?\p{Ll}+\s+(?:(?:about|around|nearly|almost|up\s+to|more\s+than|another|an\s+extra|a\s+further|a\s+total\s+of)\s+)?$/u;
/** The side a question asks of by a common noun, as the giver of a sum: "how much did the state offer". */
const ASKED_SIDE =
	/\b(?:did|does|do|has|have|had|will|would)\s+the\s+(\p{Ll}+)\s+(?:offer|pay|give|pledge|donate|spend|invest|raise|lend|contribute|promise|provide|put\s+in)\b/iu;

/**
 * "How much did the state offer?" of "the city had offered 12 million dollars …, with the rest to come from the state":
 * the sum's own side, a common noun, is another than the one asked, which the sentence names only after it.
 */
function commonSideOther(question: string, sentence: string, start: number, before: string): boolean {
	const subject = COMMON_SUBJECT_BEFORE.exec(before)?.[1];
	const side = ASKED_SIDE.exec(question)?.[1];
	if (!subject || !side || stem(subject) === stem(side)) return false;
	return contentStems(sentence.slice(start)).includes(stem(side));
}
