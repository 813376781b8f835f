/** Currencies a question may ask a sum in, by the word and the sign a report writes them with. */
const CURRENCIES: readonly (readonly [RegExp, RegExp])[] = [
	[/\b(?:yen)\b/i, /¥|\byen\b/i],
	[/\beuros?\b/i, /€|\beuros?\b/i],
	[/\b(?:dollars?|usd|bucks)\b/i, /\$|\bdollars?\b/i],
	[/\b(?:rupees?)\b/i, /₹|\brupees?\b|\bRs\.?\s?\d/i],
	[/\b(?:yuan|renminbi)\b/i, /\byuan\b|\brenminbi\b|\bRMB\b/i],
	[/\b(?:rand)\b/i, /\brand\b/i],
	[/\b(?:kron(?:a|or|er|e))\b/i, /\bkron(?:a|or|er|e)\b/i],
	[/\b(?:francs?)\b/i, /\bfrancs?\b/i],
	[/\b(?:pesos?)\b/i, /\bpesos?\b/i],
	[/\b(?:roubles?|rubles?)\b/i, /\broubles?\b|\brubles?\b/i],
];
/** Any currency an answer may be written in. */
const ANY_CURRENCY =
	/[$€£¥₹]|\b(?:yen|euros?|dollars?|rupees?|yuan|rand|kron(?:a|or|er|e)|francs?|pesos?|roubles?|rubles?|pounds?\s+sterling)\b/i;

/**
 * Whether a sum answers a question that asks for it in one currency ("how much did JAXA pay in yen") in another
 * ("a €780 million mission"): the report does not give the sum asked for.
 *
 * @example
 * otherCurrency('how much did jaxa pay for the mission in yen', '€780 million'); // true
 * otherCurrency('how much did jaxa pay in yen', '¥12 billion'); // false
 */
export function otherCurrency(question: string, answer: string): boolean {
	const asked = CURRENCIES.find(([word]) => word.test(question));
	if (!asked || !ANY_CURRENCY.test(answer)) return false;
	return !asked[1].test(answer);
}
