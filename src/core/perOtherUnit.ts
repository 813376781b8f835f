import { stem } from './tokenize.ts';

/**
 * A figure given per a unit right after it: "1.18 euros per kilometre", "NZ$7.90 per kilogram" (not "per cent"),
 * "about 11 pence for every pound".
 */
const PER_AFTER =
	/^[^\d;]{0,12}?\d(?:[\d.,]*\d)?(?:\s+(?:million|billion|thousand))?[^\d.;]{0,20}?\b(?:per|for\s+(?:every|each))\s+(?!cent\b)([\p{L}-]+)/iu;
/** Every unit a figure is given per: "per person per day", "a year", "for every pound". */
const PER_UNITS = /\b(?:per|a|an|every|each)\s+([\p{L}-]+)/giu;
/** Units that are any one of the thing asked: "under €400 per unit" answers "how much will each sensor cost". */
const ANY_ONE = new Set(['unit', 'item', 'piec', 'copi', 'head', 'one']);
/** A question asking a total: "overall", "in total", "altogether", "in all", "so far". */
const ASKS_TOTAL = /\b(?:in\s+total|total|altogether|overall|in\s+all|so\s+far)\b/iu;
/** What a question asks a figure for each of: "each bus", "every passenger", "per household". */
const EACH = /\b(?:each|every|per)\s+\p{L}/iu;

/**
 * Whether the figure starting at `start` is given per a unit the question does not ask about: "fuel costs around
 * 1.18 euros per kilometre" for "how much did each bus cost" (a figure for each bus) or "how much will farmers lose
 * overall" (a total). A question naming the unit ("how much is it per kilometre") asks that rate.
 *
 * @example
 * perOtherUnit('how much did each bus cost', 'Fuel costs 1.18 euros per kilometre.', 11); // true
 */
export function perOtherUnit(question: string, sentence: string, start: number): boolean {
	// The figure's own clause: "1.18 euros per kilometre, against 0.45 euros for a diesel bus" gives none per bus.
	const after = sentence.slice(start, start + 60).split(/[,;:()]/u)[0] ?? '';
	if (!PER_AFTER.test(after)) return false;
	// "50 litres per person per day" is a figure per day too: any unit the question names is asked.
	const units = [...after.matchAll(PER_UNITS)].map((m) => stem((m[1] ?? '').toLowerCase()));
	const asked = (question.toLowerCase().match(/[\p{L}-]+/gu) ?? []).map((word) => stem(word));
	if (units.some((unit) => asked.includes(unit) || ANY_ONE.has(unit))) return false;
	return ASKS_TOTAL.test(question) || EACH.test(question);
}
