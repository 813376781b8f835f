import { TIME_UNIT } from './expectedMentions.ts';
import { stem } from './tokenize.ts';

/** "How much does a ticket cost?", "how much did each bus cost", "how much is one vial": the price of one thing. */
const ONE_PRICED =
	/\bhow\s+much\s+(?:does|did|do|will|would|is|was)\s+(?:a|an|each|one|every|a\s+single)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:cost|costs|sell\s+for|go\s+for)\b/iu;
/** "How much does Malawi pay per dose?", "per staged crash": the price of one thing, at the question's end. */
const PER_ONE = /\bhow\s+much\b.*\b(?:per|each)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*\??\s*$/iu;
/** A sum for a stretch of time right after it: "1.1 billion euros a year", "4.6 million pounds over four years". */
const FOR_A_SPAN =
	/^\s*(?:(?:a|an|per|every)\s+(?:year|month|week)\b|annually\b|(?:over|across)\s+(?:the\s+)?(?:next\s+)?(?:[\p{L}\d-]+\s+)?(?:years|months|decades)\b)/iu;
/** A question that asks a rate itself: "how much does one licence cost a year". */
const RATE_ASKED = /\b(?:a|per|each|every)\s+(?:year|yr|month|week|day)\b|\bannual(?:ly)?\b|\byearly\b/iu;
/** A count of many of a thing: "31,400 tickets", "1.4 million pupils" (the thing's word is checked by stem). */
const MANY =
	/(?:(?<![\p{L}\d.,-])\d[\d,.]*|\bthousands|\bmillions|\bhundreds)\s+(?:(?:million|billion|thousand)\s+)?(?:of\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;

/**
 * Whether a question asks the price of one thing ("how much does a ticket cost") and the sum at `start`..`end` of the
 * sentence is a total: one for a stretch of time ("about 1.1 billion euros a year") or in a sentence that counts
 * many of the thing before it ("31,400 tickets had been sold … raising about 46 million rupees").
 *
 * @example
 * totalForOne('how much did a ticket cost', '31,400 tickets were sold, raising 46 million rupees.', 39, 57); // true
 */
export function totalForOne(question: string, sentence: string, start: number, end: number): boolean {
	const thing = (ONE_PRICED.exec(question) ?? PER_ONE.exec(question))?.[1]?.toLowerCase();
	if (!thing || TIME_UNIT.test(` ${thing}`) || /^(?:yr|yrs|hr|hrs)$/.test(thing)) return false;
	if (!RATE_ASKED.test(question)) {
		if (FOR_A_SPAN.test(sentence.slice(end, end + 40))) return true;
		if (/\s(?:a|an|per|every)\s+(?:year|month|week)\b|\sannually\b/iu.test(sentence.slice(start, end))) return true;
	}
	const wanted = stem(thing);
	for (const m of sentence.matchAll(MANY)) {
		// "a launch costs 1.5 billion yen, and it plans four launches": a count after the sum is of another clause.
		if (m.index >= start) break;
		if ([m[1], m[2]].some((word) => word !== undefined && stem(word.toLowerCase()) === wanted)) return true;
	}
	return false;
}
