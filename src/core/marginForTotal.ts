/** "How much did she pay / spend on…": a sum paid. */
const ASKS_PAYMENT = /\bhow\s+much\b.*\b(?:pay|pays|paid|spend|spends|spent)\b/i;
/** "worth" right before a sum: "a race worth more than 50,000 pounds". */
const WORTH_BEFORE = /\bworth\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?$/i;

/** "How many votes did she get/have/receive…": a total someone holds, by "how many". */
const ASKS_HELD_TOTAL =
	/^\s*how\s+many\b(?!.*\b(?:by|more|fewer|less|margin|gap|difference|lead|ahead|behind)\b).*\b(?:get|gets|got|receive|receives|received|collect|collected|poll|polled|win|won|secure|secured|(?:did|does|do)\b.*\bhave)\b/i;
/** "by" right before a figure ("won by four votes", "beat him by 12 seats"): a difference. */
const BY_BEFORE =
	/\bby\s+(?:(?:just|only|a\s+mere|some|about|nearly|almost|more\s+than|fewer\s+than|less\s+than)\s+)?$/i;

/** A figure, maybe its noun, then a word of a gap: "two points behind", "three seats short", "12 clear". */
const GAP_AFTER = /^[\d.,]*\p{L}*\s+(?:[\p{L}-]+\s+)?(?:behind|ahead|clear|adrift|short)\b/iu;

/**
 * Whether a figure at `start` is a margin ("won by four votes", "finished two points behind") where a total held is asked ("How many votes did
 * Whitford get?").
 *
 * @example
 * marginForTotal('how many votes did she get', 'She won by four votes.', 15); // true
 */
export function marginForTotal(question: string, quote: string, start: number): boolean {
	if (!ASKS_HELD_TOTAL.test(question)) return false;
	return BY_BEFORE.test(quote.slice(Math.max(0, start - 24), start)) || GAP_AFTER.test(quote.slice(start, start + 40));
}

/**
 * Whether a sum at `start` is a value ("a race worth more than 50,000 pounds") where a payment is asked ("How much did
 * Henderson pay for the horse?").
 *
 * @example
 * worthForPayment('how much did she pay', 'a race worth 50,000 pounds', 18); // true
 */
export function worthForPayment(question: string, quote: string, start: number): boolean {
	return ASKS_PAYMENT.test(question) && WORTH_BEFORE.test(quote.slice(Math.max(0, start - 40), start));
}
