/** The sign or word of each currency a question may ask a sum in, by the word it asks with. */
const SIGNS: Readonly<Record<string, RegExp>> = {
	yen: /¥|\byen\b/i,
	euro: /€|\beuros?\b/i,
	dollar: /\$|\bdollars?\b/i,
	rupee: /₹|\brupees?\b|\bRs\.?\s?\d/i,
	yuan: /¥|\byuan\b|\brenminbi\b|\bRMB\b/i,
	rand: /\brand\b|\bR\s?\d/,
	krona: /\bkron(?:a|or|er|e)\b/i,
	franc: /\bfrancs?\b/i,
	peso: /\$|\bpesos?\b|\bMXN\b/i,
	rouble: /\broubles?\b|\brubles?\b/i,
};
/** "In yen", "how many euros": the currency a question asks a sum in, the word taken to its singular. */
const ASKED =
	/\b(?:in|how\s+many)\s+(?:us\s+)?(yen|euros?|dollars?|rupees?|yuan|rand|kron(?:a|or|er|e)|francs?|pesos?|roubles?|rubles?)\b/giu;
/** Any currency an answer may be written in. */
const ANY_CURRENCY =
	/[$€£¥₹]|\b(?:yen|euros?|dollars?|rupees?|yuan|kron(?:a|or|er|e)|francs?|pesos?|roubles?|rubles?)\b/i;

/**
 * Whether a sum answers a question that asks for it in one currency ("how much did JAXA pay in yen") in another
 * ("a €780 million mission"): the report does not give the sum asked for. Only a currency asked with "in" or
 * "how many" counts ("Rand Paul", "the euro's worth in dollars" name another).
 *
 * @example
 * otherCurrency('how much did jaxa pay for the mission in yen', '€780 million'); // true
 * otherCurrency('how much did jaxa pay in yen', '¥12 billion'); // false
 */
export function otherCurrency(question: string, answer: string): boolean {
	const asked = [...question.matchAll(ASKED)].map((m) => (m[1] ?? '').toLowerCase().replace(/s$/u, ''));
	const currency = asked.length === 1 ? asked[0] : undefined;
	const sign = currency === undefined ? undefined : (SIGNS[currency] ?? SIGNS[currency.replace(/(?:or|er|e)$/u, 'a')]);
	if (!sign || !ANY_CURRENCY.test(answer)) return false;
	return !sign.test(answer);
}
