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

/**
 * Whether a figure at `start` is a margin ("won by four votes") where a total held is asked ("How many votes did
 * Whitford get?").
 *
 * @example
 * marginForTotal('how many votes did she get', 'She won by four votes.', 15); // true
 */
export function marginForTotal(question: string, quote: string, start: number): boolean {
	return ASKS_HELD_TOTAL.test(question) && BY_BEFORE.test(quote.slice(Math.max(0, start - 24), start));
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
