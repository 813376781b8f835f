import { PEOPLE_BY_TRADE, PERSON_NOUNS } from './countedNouns.ts';
import { stem } from './tokenize.ts';

/** "How much does each passenger get", "how much per household": a figure for one of some people asked. */
const ASKS_EACH = /\b(?:each|every|per)\s+(\p{L}+)/iu;
/** "On average", "an average of": a figure for each. */
const AVERAGE = /\baverage\b/i;
/** "A total of", "in total", "combined": a figure for all of them. */
const TOTAL = /\b(?:a\s+total\s+of|in\s+total|combined|altogether|in\s+all)\b/i;
/** Words for anyone, a household or a family. */
const PEOPLE = /^(?:person|people|household|family|families|home|head|man|men|woman|women|child|children|kid|adult)s?$/;
/** A figure given for one of them: "€250 each", "per passenger", "a head", "apiece", "for every…", "each of". */
const GIVES_EACH =
	/\b(?:each|every|per|apiece|a\s+(?:head|person|passenger|household|family|worker|resident|customer|member|player|child|student|patient|employee|family))\b/iu;

/**
 * Whether a question asks a figure for each of some people ("how much compensation does each passenger get") that
 * the sentence gives for none of them: its figure is a total ("€4.5 million in compensation").
 *
 * @example
 * perHeadUnsaid('how much does each passenger get', 'The airlines will pay €4.5 million in compensation.'); // true
 */
export function perHeadUnsaid(question: string, sentence: string): boolean {
	const noun = ASKS_EACH.exec(question)?.[1]?.toLowerCase();
	const people = (word: string) => PERSON_NOUNS.has(stem(word)) || PEOPLE_BY_TRADE.has(stem(word)) || PEOPLE.test(word);
	if (!noun || !people(noun)) return false;
	// "Households will pay £120 less a year on average": the people themselves, so each of them.
	const plural = new RegExp(`(?<!\\p{L})${stem(noun)}\\p{L}*s(?!\\p{L})`, 'iu');
	// "will pay workers a total of €2 million": a total, whoever it is paid to.
	const each = AVERAGE.test(sentence) || (plural.test(sentence) && !TOTAL.test(sentence));
	return !GIVES_EACH.test(sentence) && !each;
}
