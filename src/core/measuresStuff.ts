import { SUMS } from './countAmounts.ts';
import { MONEY } from './extractCounts.ts';
import { PLAIN_CURRENCY_WORDS } from './mentionPatterns.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

/** Stretches of ground, which "how much" measures by area. */
const LANDS = new Set(contentStems('land ground area forest farmland woodland territory terrain countryside bush'));
const AREA_UNITS = new Set(contentStems('hectare hectares acre acres ha square'));

const WEIGHT_NOUNS = new Set(contentStems('weight mass'));

/** Whether "how much" asks a weight ("how much weight did they lose"), which a figure in kilograms answers. */
export function measuredByWeight(asked: readonly string[]): boolean {
	return asked.some((n) => WEIGHT_NOUNS.has(n));
}

/** Currencies by stem: "dollars", "euros", "yen". */
const CURRENCIES = new Set(
	contentStems(PLAIN_CURRENCY_WORDS.replace(/\?/g, '').replace(/s\|/g, '|').split('|').join(' ')),
);

const SCALE_WORDS = new Set(contentStems('thousands millions billions trillions'));

/** Whether the nouns asked are all currencies ("how many dollars did it sell for"): a sum answers, in any form. */
export function asksInCurrency(asked: readonly string[]): boolean {
	// "how many millions of dollars": the scale is no noun asked.
	const nouns = asked.filter((n) => !SCALE_WORDS.has(n));
	return nouns.length > 0 && nouns.every((n) => CURRENCIES.has(n));
}

/** Whether "how much" asks of a stretch of ground ("land", "forest"), which an area answers whatever it is called. */
export function measuredByArea(asked: readonly string[]): boolean {
	return asked.some((n) => LANDS.has(n));
}
/** Units of volume and weight. */
export const STUFF_UNITS = new Set(
	contentStems(
		'litre litres liter liters gallon gallons barrel barrels ton tons tonne tonnes kilogram kilograms kg kilo kilos gram grams milligram milligrams carat carats pound pounds ounce ounces millilitre millilitres pint pints',
	),
);

/** Whether a sentence's words hold one of the nouns asked or a synonym of it. */
function sayIt(nouns: readonly string[], words: readonly string[]): boolean {
	const held = new Set(words);
	return nouns.some((n) => held.has(n) || synonymStems(n).some((s) => held.has(s)));
}

/** Things paid: what a sum of money measures ("how much compensation"). */
const PAYMENTS = new Set(
	contentStems(
		'ransom aid compensation damages bonus reward prize fee tax grant investment donation bail payout subsidy jackpot loan bribe',
	),
);

/**
 * Whether a count measures how much there is of the stuff a question names (stems `asked`): a sum of money for a
 * payment ("how much compensation" is "45 million soles"), a volume or weight for anything else ("how much fuel
 * leaked" is "120,000 litres"); never a length or a share.
 */
export function measuresStuff(
	fact: Fact,
	asked: readonly string[],
	counted = contentStems(fact.subject ?? ''),
): boolean {
	if (asked.some((n) => PAYMENTS.has(n))) return MONEY.test(fact.text);
	// "How much salary does he give back?" of "repay 380,000 euros of his salary": a sum the sentence says is of it,
	// not one of revenue ("how much debt" of "a revenue forecast of 1.05 billion euros").
	const said = asked.filter((n) => SUMS.has(n));
	if (said.length) return MONEY.test(fact.text) && sayIt(said, contentStems(fact.source.quote));
	// "How much land has burned?": "12,400 hectares of forest", an area; "how much has burned?" too.
	if (measuredByArea(asked)) return counted.some((s) => AREA_UNITS.has(s));
	if (asked.length === 0 && counted.some((s) => AREA_UNITS.has(s))) return true;
	return counted.some((s) => STUFF_UNITS.has(s));
}
