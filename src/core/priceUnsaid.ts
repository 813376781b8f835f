import { MONEY } from './extractCounts.ts';

/** "What price did the shares close at?", "at what price", "what's the ticket price": a sum asked by "price". */
const PRICE_ASKED =
	/^\s*(?:at\s+)?(?:what|whats|what['’]s)\s+(?:(?:is|was|were|are)\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?prices?\b/iu;

/**
 * Whether a price is asked ("what price did Crestline shares close at") of a sentence that gives no sum of money
 * ("Shares in Crestline Homes jumped 7 percent"): no price is told there.
 *
 * @example
 * priceUnsaid('what price did crestline shares close at', 'Shares in Crestline Homes jumped 7 percent.'); // true
 */
export function priceUnsaid(question: string, sentence: string): boolean {
	return PRICE_ASKED.test(question) && !MONEY.test(sentence);
}
