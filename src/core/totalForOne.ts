import { UNITS } from './countAmounts.ts';
import { TIME_UNIT } from './expectedMentions.ts';
import { CURRENCY_WORDS } from './mentionPatterns.ts';
import { stem } from './tokenize.ts';

/** "How much does a ticket cost?", "how much did each bus cost": the price of one thing, and the word saying one. */
const ONE_PRICED =
	/\bhow\s+much\s+(?:does|did|do|will|would|is|was)\s+(a|an|each|one|every|a\s+single)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:cost|costs|sell\s+for|go\s+for)\b/iu;
/** "How much does Malawi pay per dose?", "per staged crash": the price of one thing, at the question's end. */
const PER_ONE = /\bhow\s+much\b.*\b(per|each)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*\??\s*$/iu;
/** A sum for a stretch of time right after it: "1.1 billion euros a year", "4.6 million pounds over four years". */
const FOR_A_SPAN = /^\s*(?:(?:a|an|per|every)\s+(?:year|month|week)\b|annually\b)/iu;
const OVER_YEARS = /^\s*(?:over|across)\s+(?:the\s+)?(?:next\s+)?(?:[\p{L}\d-]+\s+)?(?:years|months|decades)\b/iu;
/** A question that asks a rate itself: "how much does one licence cost a year". */
const RATE_ASKED = /\b(?:a|per|each|every)\s+(?:year|yr|month|week|day)\b|\bannual(?:ly)?\b|\byearly\b/iu;
/** The price of one right after a sum: "25 euros each", "a head", "per ticket". */
const EACH_AFTER = /^\s*(?:each|apiece|a\s+head|per\s+(?!year|month|week|day)\p{L}+)/iu;
/** A count of many of a thing: "31,400 tickets", "1.4 million pupils" (the thing's word is checked by stem). */
const MANY =
	/(?:(?<![\p{L}\d.,-])\d[\d,.]*|\bthousands|\bmillions|\bhundreds)\s+(?:(?:million|billion|thousand)\s+)?(?:of\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;
/** A currency's word ("pence", "forints"): the sum's own unit, no other thing. */
const CURRENCY = new RegExp(`^(?:${CURRENCY_WORDS})$`, 'iu');
/** Words a sum may be counted as that name no other thing than a price ("$2 entry"), besides its currency. */
const PRICE_WORDS = /^(?:price|prices|fare|fares|fee|fees|cost|costs|charge|charges|money|cash|entry|admission|each)$/;

/**
 * Whether a question asks the price of one thing ("how much does a powerball ticket cost") and a sum is counted as
 * another thing ("$1.12 billion jackpot" counts a jackpot): the sum of something else.
 *
 * @example
 * pricesOtherThing('how much does a ticket cost', 'jackpot'); // true
 */
export function pricesOtherThing(question: string, counted: string | undefined): boolean {
	const thing = ONE_PRICED.exec(question)?.[2]?.toLowerCase();
	const head = counted?.toLowerCase().split(/\s+/).at(-1);
	if (!thing || !head || PRICE_WORDS.test(head) || CURRENCY.test(head) || UNITS.has(stem(head))) return false;
	return stem(head) !== stem(thing);
}

/** A question of one thing's sum: "worth each", "apiece", "a piece". */
const EACH_ASKED = /\bhow\s+much\b.*\b(?:each|apiece|a\s+piece)\b/iu;
/** A sum called a total in the words before it: "the total black-market value of the stolen orchids at". */
const TOTAL_BEFORE = /\b(?:total|combined|overall|in\s+all|altogether)\b[^.;,]*$/iu;
/** How far before a sum the word calling it a total is read. */
const TOTAL_CHARS = 80;

/** A year ("in 2023 tickets cost"), which counts nothing. */
const YEAR = /^(?:1[89]|20)\d{2}\s/u;

/**
 * Whether a question asks the price of one thing ("how much does a ticket cost") and the sum at `start`..`end` of the
 * sentence is a total: one raised by many of the thing, counted in an earlier clause ("31,400 tickets had been sold
 * …, bringing in about 46 million rupees"), or, for "each/one/per", one for a stretch of time beside a count of many
 * ("lunch for 1.4 million pupils … about 1.1 billion euros a year") or over years ("4.6 million pounds over four years").
 *
 * @example
 * totalForOne('how much did a ticket cost', '31,400 tickets were sold, raising 46 million rupees.', 34, 52); // true
 */
export function totalForOne(question: string, sentence: string, start: number, end: number): boolean {
	// "How much are these orchids worth each?" of "estimated the total value of the stolen orchids at 58,000 pounds".
	if (
		EACH_ASKED.test(question) &&
		!EACH_AFTER.test(sentence.slice(end, end + 20)) &&
		TOTAL_BEFORE.test(sentence.slice(Math.max(0, start - TOTAL_CHARS), start))
	)
		return true;
	const asked = ONE_PRICED.exec(question) ?? PER_ONE.exec(question);
	const thing = asked?.[2]?.toLowerCase();
	if (!thing || TIME_UNIT.test(` ${thing}`) || /^(?:yr|yrs|hr|hrs)$/.test(thing)) return false;
	if (EACH_AFTER.test(sentence.slice(end, end + 20))) return false;
	const counts = [...sentence.matchAll(MANY)].filter((m) => m.index < start && !YEAR.test(m[0]));
	// "a subscription costs 120 euros a year": one thing's price by the year; "each lunch" for 1.4 million pupils is not.
	if (!/^an?$/i.test(asked?.[1] ?? '') && !RATE_ASKED.test(question)) {
		const after = sentence.slice(end, end + 40);
		const rate =
			FOR_A_SPAN.test(after) || /\s(?:a|an|per|every)\s+(?:year|month|week)$/iu.test(sentence.slice(start, end));
		if (OVER_YEARS.test(after) || (rate && counts.length > 0)) return true;
	}
	const wanted = stem(thing);
	return counts.some(
		(m) =>
			/[,;]/.test(sentence.slice(m.index + m[0].length, start)) &&
			[m[1], m[2]].some((word) => word !== undefined && stem(word.toLowerCase()) === wanted),
	);
}
