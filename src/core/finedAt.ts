/** "How big a fine", "how large was the penalty", "what size fine": the size of a fine, which only a sum gives. */
export const ASKS_FINE_SIZE =
	/\bhow\s+(?:big|large|high|hefty|much)\s+(?:(?:a|an|the|was|is|were|are|of)\s+){0,2}(?:fine|penalty|settlement|payout)\b/i;
/** A question about a fine or penalty, which a fine answers. */
export const ASKS_FINE = /\b(?:fine[ds]?|penalt\w*|sanction\w*|damages)\b/i;
/** A sentence that speaks of a fine or a penalty paid or sought. */
export const FINE_WORDS = /\b(?:fine[ds]?|penalt\w*|sanction\w*|damages|ordered\s+to\s+pay|compensation)\b/i;
/** A fine right before a sum: "were fined 500 euros", "a fine of up to $10,000". */
const FINED_BEFORE = /\bfine[ds]?\s+(?:of\s+)?(?:up\s+to\s+|about\s+|around\s+|nearly\s+|a\s+record\s+)?$/i;
const FINE_WINDOW = 30;

/** Whether the figure at `at` is a fine: "were fined 500 euros", "a fine of up to $10,000". */
export function finedAt(sentence: string, at: number): boolean {
	return FINED_BEFORE.test(sentence.slice(Math.max(0, at - FINE_WINDOW), at));
}
