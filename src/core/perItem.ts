import { PEOPLE_BY_TRADE, PERSON_NOUNS } from './countedNouns.ts';
import { STOPWORDS, stem } from './tokenize.ts';

/** "How much does one patient meal cost", "how much per painting": the price or amount of one thing asked. */
const ASKS_ONE = /^\s*how\s+much\b.*?\b(?:each|every|per|one|a\s+single)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)/iu;
/** Words after "each" or "per" that are a time or a share, no thing: "each year", "per cent", "one of them". */
const NOT_THINGS =
	/^(?:years?|yrs?|days?|weeks?|months?|hours?|nights?|seasons?|times?|decades?|minutes?|cent|centum|kilos?|kilograms?|tonnes?|tons?|litres?|liters?|metres?|meters?|kilometres?|miles?|units?|items?|pieces?|of|to|way|more|less|other|another)$/u;
/** A figure given for one of a kind: "each", "apiece", "per", "a time", an average. */
const GIVES_EACH = /\b(?:each|every|per|apiece|a\s+(?:piece|time|go|pop)|average)\b/iu;

/**
 * Whether a "how much" question asks the figure of one thing ("how much does it cost to fix one pothole") that the
 * sentence gives for none: no "each", "per" or "average", and the thing is never told one at a time ("a pothole",
 * "one dose") but in the plural or not at all, so its figure is a total ("paid 1.3 million pounds for pothole damage").
 * People asked one at a time are perHeadUnsaid's.
 *
 * @example
 * perItemUnsaid('how much does one patient meal cost', 'Unserved meals cost the trust about 400,000 pounds a year.'); // true
 * perItemUnsaid('how much does one launch cost', 'A launch costs about 1.5 billion yen.'); // false
 */
export function perItemUnsaid(question: string, sentence: string): boolean {
	const words = ASKS_ONE.exec(question)?.[1]?.toLowerCase().split(/\s+/) ?? [];
	const things = words.filter((w) => !STOPWORDS.has(w));
	if (things.length === 0 || words.some((w) => NOT_THINGS.test(w))) return false;
	const stems = things.map((w) => stem(w));
	const head = stems.at(-1) ?? '';
	if (PERSON_NOUNS.has(head) || PEOPLE_BY_TRADE.has(head)) return false;
	if (GIVES_EACH.test(sentence)) return false;
	const one = new RegExp(
		`\\b(?:a|an|one|single|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:${stems.map((s) => s.replace(/[^\p{L}-]/gu, '')).join('|')})\\p{Ll}*(?<!s)\\b`,
		'iu',
	);
	return !one.test(sentence);
}
