import { sumsOf } from './countAmounts.ts';
import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { escapeRegExp } from './writesWord.ts';

/** "What was Northvale's penalty?", "what's hollis's fine": whose penalty is asked (the first group). */
const ASKS_OWNERS_FINE =
	/^\s*what(?:['’]?s|\s+(?:is|was|were|will\s+be))\s+(?:the\s+)?(\p{L}[\p{L}-]*)['’]s?\s+(?:penalty|fine|punishment|sanction)\b/iu;
/** What may stand between the owner and the sum: "Northvale was fined 48 million crowns", "and Hollis 31 million". */
const TO_SUM = /^\s+(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be|got|gets)\s+)?(?:also\s+)?(?:fined\s+)?$/iu;

/**
 * For "What was X's penalty?", the sum written right after X's name in a sentence of fines ("Northvale was fined 48
 * million crowns and Hollis 31 million crowns": 31 million crowns for Hollis), with its currency; undefined for
 * other questions or where no sum follows the name.
 *
 * @example
 * ownerFine("What was Hollis's penalty?", sentence, mentions)?.text; // '31 million crowns'
 */
export function ownerFine(question: string, sentence: string, mentions: readonly Mention[]): AnswerPhrase | undefined {
	const owner = ASKS_OWNERS_FINE.exec(question)?.[1];
	if (!owner || !/\bfined?\b|\bpenalt/iu.test(sentence)) return undefined;
	const sums = sumsOf(sentence, mentions);
	for (const m of sentence.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(owner)}(?!\\p{L})`, 'giu'))) {
		const end = m.index + m[0].length;
		const sum = sums.find((s) => s.start >= end && TO_SUM.test(sentence.slice(end, s.start)));
		if (sum) return { text: sum.text, start: sum.start, end: sum.end, typed: true };
	}
	return undefined;
}
