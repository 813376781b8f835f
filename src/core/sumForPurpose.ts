import { MONEY } from './extractCounts.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * "What will they spend the prize money on?", "what is the fine money going to be spent on", "what will the club do
 * with the money": what a sum goes to, not how much it is.
 */
const PURPOSE_ASKED =
	/^\s*(?:what|whats|what['’]s)\b.*\b(?:spend|spends|spent|spending)\b.*\bon\s*[?!.]*\s*$|^\s*(?:what|whats|what['’]s)\b.*\bdo\s+with\s+(?:the|his|her|their|its|that|this)\s+(?:\p{L}+\s+)?(?:money|cash|funds?|prize|winnings|grant|proceeds)\b/iu;

/**
 * Whether the question asks what a sum is spent on and `phrase` is itself a sum ("of 5,000 pounds"): the amount, no
 * purpose.
 *
 * @example
 * sumForPurpose('what will they spend the prize money on', { text: '5,000 pounds', start: 0, end: 12, typed: true }); // true
 */
export function sumForPurpose(question: string, phrase: AnswerPhrase): boolean {
	return phrase.typed && PURPOSE_ASKED.test(question) && MONEY.test(phrase.text);
}
