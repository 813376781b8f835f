import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** Units written one after the other in one measure, the larger first: "7 feet 1 inch", "2 hours 15 minutes". */
const PAIRS: readonly [string, string][] = [
	['feet|foot|ft', 'inch(?:es)?|in'],
	['hours?|hrs?', 'minutes?|mins?'],
	['minutes?|mins?', 'seconds?|secs?'],
	['pounds?|lbs?', 'ounces?|oz'],
	['stones?|st', 'pounds?|lbs?'],
	['metres?|meters?|m', 'centimetres?|centimeters?|cm'],
	['kilograms?|kg', 'grams?|g'],
	['years?', 'months?'],
	['weeks?', 'days?'],
	['days?', 'hours?'],
];
/** How far around a phrase a measure in two units is looked for, in characters. */
const REACH = 40;
const FIGURE = String.raw`\d[\d,]*(?:\.\d+)?`;
/** "7 feet 1 inch": the larger unit's figure, then (after "and" or a comma, maybe) the smaller's. */
const COMPOUNDS = PAIRS.map(
	([large, small]) =>
		new RegExp(String.raw`(?<![\d,.])${FIGURE}\s?(?:${large})\b,?\s+(?:and\s+)?${FIGURE}\s?(?:${small})\b`, 'giu'),
);

/**
 * The whole measure a figure is part of, where the sentence writes it in two units ("7 feet 1 inch tall", "2 hours
 * and 15 minutes"): a count phrase that holds only one of them ("1 inch tall") is widened to both; any other is
 * returned as it is.
 *
 * @example
 * const sentence = 'Okonkwo, who stands 7 feet 1 inch tall, averaged 21.3 points.';
 * compoundMeasure(sentence, { text: '1 inch tall', start: 27, end: 38, typed: true }).text; // '7 feet 1 inch tall'
 */
export function compoundMeasure(sentence: string, phrase: AnswerPhrase): AnswerPhrase {
	if (!phrase.typed || !/\d/.test(phrase.text)) return phrase;
	// Only the words around the phrase are read: a measure in two units is written in a few of them.
	const from = Math.max(0, phrase.start - REACH);
	const near = sentence.slice(from, phrase.end + REACH);
	for (const pattern of COMPOUNDS) {
		pattern.lastIndex = 0;
		for (const found of near.matchAll(pattern)) {
			const start = from + found.index;
			const end = start + found[0].length;
			// The phrase's figure lies inside the measure: widen the phrase to hold it all.
			const figure = phrase.start + phrase.text.search(/\d/);
			if (figure < start || figure >= end) continue;
			const first = Math.min(start, phrase.start);
			const last = Math.max(end, phrase.end);
			return { ...phrase, text: sentence.slice(first, last), start: first, end: last };
		}
	}
	return phrase;
}
