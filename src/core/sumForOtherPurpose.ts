/** What a sum of money is paid or counted for, as a question asks it and as a sentence tells it beside the sum. */
type Purpose =
	| 'fine'
	| 'award'
	| 'damage'
	| 'prize'
	| 'ransom'
	| 'grant'
	| 'wage'
	| 'price'
	| 'debt'
	| 'raised'
	| 'fee';

/** The words of a question that ask a sum of one purpose: "how much was she fined", "how much compensation". */
const ASKED: readonly (readonly [Purpose, RegExp])[] = [
	['fine', /\b(?:fine|fined|fines|penalty)\b/iu],
	['award', /\b(?:compensation|damages|payout|settlement|redundancy|severance)\b/iu],
	['damage', /\bdamage\b(?!s)/iu],
	['prize', /\b(?:prize|winnings|purse)\b/iu],
	['ransom', /\bransom\b/iu],
	['grant', /\bgrants?\b/iu],
	['wage', /\b(?:salary|salaries|wages?|earns?|earned|earning|get\s+paid|gets\s+paid|paid\s+per)\b/iu],
	['price', /\b(?:tickets?|fares?|admission|entry)\b/iu],
	['debt', /\b(?:debts?|owes?|owed|owing)\b/iu],
	['raised', /\b(?:raise|raised|donat\w*|fundrais\w*|crowdfund\w*)\b/iu],
];

/** A sentence's words right before a sum that tell its purpose: "was fined ", "a grant of ", "debts of about ". */
const TOLD_BEFORE: readonly (readonly [Purpose, RegExp])[] = [
	['fine', /\b(?:fined|(?:a\s+)?fine\s+of|penalty\s+of)\s+$/iu],
	['award', /\b(?:compensation\s+of|damages\s+of|settlement\s+of|payout\s+of)\s+$/iu],
	['damage', /\bdamage\b[^,.;]{0,24}\bat\s+$/iu],
	['prize', /\b(?:prize(?:\s+money)?\s+of|purse\s+of)\s+$/iu],
	['ransom', /\bransom\s+of\s+$/iu],
	['grant', /\bgrants?\s+of\s+$/iu],
	['wage', /\b(?:salary\s+of|wages?\s+of|earns?|earned|earning)\s+$/iu],
	['debt', /\b(?:debts?\s+of|owes|owed|owing)\s+$/iu],
	['raised', /\b(?:raised|donated|fundraising\s+of)\s+$/iu],
	['fee', /\bfees?\s+of\s+$/iu],
];
/** Hedges between a purpose's word and its sum: "fined about ", "debts of more than ". */
const HEDGE =
	/(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|at\s+least|an\s+estimated|a\s+total\s+of|a\s+further)\s+$/iu;
/** A sentence's words right after a sum that tell its purpose: " in compensation", " in prize money". */
const TOLD_AFTER: readonly (readonly [Purpose, RegExp])[] = [
	['fine', /^\s+(?:in\s+)?fines?\b/iu],
	['award', /^\s+in\s+(?:compensation|damages|redundancy|severance)\b/iu],
	['prize', /^\s+in\s+prize\b/iu],
	['ransom', /^\s+(?:in\s+)?ransom\b/iu],
	['grant', /^\s+in\s+grants?\b/iu],
	['debt', /^\s+in\s+debts?\b/iu],
	['raised', /^\s+in\s+donations?\b/iu],
	['fee', /^\s+in\s+(?:licence|license|legal|transfer)?\s*fees\b/iu],
];

/** The one purpose a question asks a sum for, if it names exactly one. */
function askedPurpose(question: string): Purpose | undefined {
	const found = ASKED.filter(([, words]) => words.test(question)).map(([purpose]) => purpose);
	return found.length === 1 ? found[0] : undefined;
}

/** The purpose the sentence tells the sum at `start..end` with, by the words right after it or else right before. */
function toldPurpose(quote: string, start: number, end: number): Purpose | undefined {
	const before = quote.slice(Math.max(0, start - 60), start).replace(HEDGE, '');
	const after = quote.slice(end, end + 30);
	// "earned 2.4 million crowns in prize money": the noun after the sum says more than the verb before it.
	return (
		TOLD_AFTER.find(([, words]) => words.test(after))?.[0] ?? TOLD_BEFORE.find(([, words]) => words.test(before))?.[0]
	);
}

/**
 * Whether the sum at `start..end` is told as paid or counted for one purpose ("was fined 200,000 koruna", "a grant of
 * 38,000 pounds", "1.2 million euros in damages") while the question asks a sum for another ("how much damage did the
 * fire cause", "how much compensation are the villagers asking for"): a sum of something else.
 *
 * @example
 * sumForOtherPurpose('how much damage did the fire cause', 'The plant was fined 200,000 koruna.', 20, 34); // true
 */
export function sumForOtherPurpose(question: string, quote: string, start: number, end: number): boolean {
	const asked = askedPurpose(question);
	if (!asked) return false;
	const told = toldPurpose(quote, start, end);
	return told !== undefined && told !== asked;
}
