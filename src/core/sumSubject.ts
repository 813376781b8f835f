import type { Mention } from './findMentions.ts';
import { contentStems } from './tokenize.ts';

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
	const subject = SUBJECT_BEFORE.exec(sentence.slice(Math.max(0, start - LOOK_BACK), start))?.[1];
	if (!subject) return false;
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
