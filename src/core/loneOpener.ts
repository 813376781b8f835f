import type { AnswerContext } from './AnswerContext.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';
import { reportText } from './reportText.ts';

/**
 * A word alone that opens the sentence, or its story after a dateline, which the report writes capitalised nowhere
 * else and the sentence's facts know as nobody: "VERONA, Italy (Reuters) — Hailstones up to 11 centimetres…". A
 * person is named in full where first told of; a surname alone at a sentence's start was written before.
 *
 * @example
 * loneOpener('VERONA, Italy (Reuters) — Hailstones smashed greenhouses.', hailstones, context, index); // true
 */
export function loneOpener(quote: string, picked: AnswerPhrase, context: AnswerContext, index: number): boolean {
	const word = picked.text.trim();
	if (!picked.typed || !/^\p{Lu}\p{Ll}+$/u.test(word) || context.entityKinds.get(index)?.get(picked.start) === 'person')
		return false;
	if (!/^[\s—–-]*["“]?$/u.test(quote.slice(datelineEnd(quote), picked.start))) return false;
	const paragraph = context.corpus.sentence(index)?.paragraphIndex ?? 0;
	return (reportText(context, paragraph).match(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'))?.length ?? 0) <= 1;
}
