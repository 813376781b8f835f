/** Sums, shares and measures among counts: what "how much" and "how tall/heavy…" are answered with, and "how many" is not. */
import { MONEY } from './extractCounts.ts';
import type { Mention } from './findMentions.ts';
import { PLAIN_CURRENCY_WORDS } from './mentionPatterns.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';
import { SPELLINGS } from './vocabulary.ts';

export const HOW_MANY = /\bhow many\b/i;
/** A share: "52%", "12 per cent". */
const SHARE = /%|\bper ?cent\b/i;
export const HOW_MUCH = /\bhow much\b(?!\s+of\b)/i;

/** Whether a count is a sum of money, a share or a measure in a unit. */
export function isAmount(fact: Fact, counted = contentStems(fact.subject ?? '')): boolean {
	return MONEY.test(fact.text) || SHARE.test(fact.text) || counted.some((s) => UNITS.has(s));
}

/**
 * For "how much", the sums, shares and measures among the fitting counts: "how much income did they lose" is
 * answered by "$40,000 in income", "how much did they lose" by it rather than "two hosts". Undefined for other
 * questions, or when no fitting count is an amount.
 */
export function howMuch(question: string, fitting: readonly Fact[]): Fact[] | undefined {
	if (!HOW_MUCH.test(question)) return undefined;
	const amounts = fitting.filter((fact) => isAmount(fact));
	return amounts.length ? amounts : undefined;
}
/** Units a figure may be given in: a question that names one wants the figure in it ("how many square miles"). */
export const UNITS = new Set(
	contentStems(
		'light-year light-years parsec parsecs mile miles kilometre kilometres kilometer kilometers km metre metres meter meters centimetre centimetres centimeter centimeters cm millimetre millimetres mm foot feet inch inches yard yards acre acres hectare hectares ha ton tons tonne tonnes pound pounds kilogram kilograms kg litre litres liter liters gallon gallons gram grams ounce ounces dollar dollars euro euros kroner krona kronor rupee rupees rouble roubles ruble rubles franc francs peso pesos crown crowns soles baht ringgit rupiah dirham dirhams riyal riyals naira shilling shillings cedi cedis kwacha bitcoin mark marks degree degrees celsius fahrenheit',
	),
);

/** Units of length, area and weight, which "how tall/high/deep/wide/far", "how big" and "how heavy" ask for. */
const LENGTHS = contentStems(
	'light-year light-years parsec parsecs mile miles kilometre kilometres kilometer kilometers km metre metres meter meters centimetre centimetres centimeter centimeters cm millimetre millimetres mm foot feet inch inches yard yards',
);
const WEIGHTS = contentStems('ton tons tonne tonnes pound pounds kilogram kilograms kg gram grams ounce ounces');
const AREAS = contentStems('square acre acres hectare hectares ha');
/** A size that a count may give too: "how big was the assault" (not "how big is the deficit", a sum). */
const MAGNITUDE = /\bhow\s+(?:big|large)\b/i;
/** Nouns of sums of money: "how much debt", "how big is the budget". */
export const SUMS = new Set(
	contentStems(
		'deficit debt budget loss losses profit revenue income fine cost bill fund salary wage price surplus payment payments pension ransom compensation damages bonus reward prize fee grant donation payout subsidy loan',
	),
);
/** Wholes made of people or things counted, whose size is their number: "how big was the crowd". */
const COLLECTIVES = new Set(
	contentStems(
		'population populations crowd crowds audience audiences army armies workforce turnout membership fleet fleets herd herds flock flocks staff majority following congregation electorate',
	),
);
const DIMENSIONS: readonly (readonly [RegExp, readonly string[]])[] = [
	[/\bhow\s+(?:big|large)\b/i, [...AREAS, ...LENGTHS]],
	// "How tall is the building?" of "the 18-storey building": a building's height in floors.
	[/\bhow\s+(?:tall|high)\b/i, [...LENGTHS, ...contentStems('storey storeys floor floors')]],
	[/\bhow\s+(?:deep|wide|far)\b/i, LENGTHS],
	[/\bhow\s+heavy\b/i, WEIGHTS],
];

const HOW_FAST = /\bhow\s+fast\b/i;
/** What a count of speed counts: "mph", "km/h", "kilometres per hour", "knots". */
const SPEED_UNIT =
	/^(?:mph|kph|km\/h|knots|(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+(?:per|an|a)\s+(?:hour|second))$/i;

/**
 * The counts given in the unit the question names (or, for "how tall/heavy…", a unit of that measure), if it names
 * one; else, for a unit named, those in no unit; else all (a figure in another unit still answers, the report giving
 * no other).
 */
export function inAskedUnit(facts: Fact[], asked: ReadonlySet<string>, question: string): Fact[] {
	// "How fast was the taxi going?" of "one passenger … at about 19 mph": a speed if one is given, else any figure
	// ("how fast did the tickets sell out").
	if (HOW_FAST.test(question)) {
		const speeds = facts.filter((f) => SPEED_UNIT.test(f.subject ?? ''));
		return speeds.length ? speeds : facts;
	}
	const unit = [...asked].find((s) => UNITS.has(s));
	// "How big is the population of the area?" asks a count of people, not the area's square miles.
	const ofCollective = MAGNITUDE.test(question) && contentStems(question).some((w) => COLLECTIVES.has(w));
	const measure = ofCollective ? undefined : DIMENSIONS.find(([pattern]) => pattern.test(question))?.[1];
	if (!unit && !measure) return facts;
	// "310 light years" is one unit, as "310 light-years" is.
	const unitsOf = (fact: Fact) =>
		contentStems((fact.subject ?? '').replace(/\blight\s+(years?)\b/giu, 'light-$1')).filter(
			(s) => UNITS.has(s) || measure?.includes(s),
		);
	const inUnit = facts.filter((f) => unitsOf(f).some((u) => (unit ? u === unit : measure?.includes(u))));
	if (inUnit.length) return inUnit;
	// "How big is the budget?": no figure in a unit of size, so none is preferred ("1.2 billion kroner" still answers,
	// and "How big was the assault?" is its count of drones), but a count of things is no height, depth, width,
	// distance or weight ("How high did the river get?" is not "12,000 people").
	const countable = MAGNITUDE.test(question) && !contentStems(question).some((w) => SUMS.has(w));
	if (!unit) return countable ? facts : facts.filter((f) => isAmount(f));
	const unitless = facts.filter((f) => unitsOf(f).length === 0);
	return unitless.length ? unitless : facts;
}

/** Words after "how much" that ask of no noun: "how much did NASA pay", "how much are the jewels worth". */
const OF_NO_NOUN = new Set('do does did is was are were has have had will would could can money'.split(' '));

/**
 * Whether the question is "how much" asked of no noun but "money" ("How much did NASA pay?", "how much r the
 * jewels worth", spelling normalised), of a kind of money ("how much prize money"), or what something is worth: a
 * sum or a share answers it.
 */
export function asksSum(question: string): boolean {
	if (!HOW_MUCH.test(question)) return false;
	const next = /\bhow much\s+(\p{L}+)/iu.exec(question)?.[1]?.toLowerCase() ?? '';
	return (
		OF_NO_NOUN.has(SPELLINGS[next] ?? next) ||
		/\bworth\b|\bhow much\s+(?:\p{L}+\s+){0,2}(?:money|cash)\b/iu.test(question)
	);
}

/**
 * Whether a "how much" question asks a sum of money and nothing else ("How much did it cost to build?"), where a
 * share is no answer; not a change ("how much more could it cost": "5 to 8 percent").
 */
export function asksMoney(question: string): boolean {
	return ASKS_MONEY.test(question) && !HOW_MUCH_CHANGE.test(question);
}

const ASKS_MONEY =
	/\bhow much\b.*\b(?:cost|costs|costing|pay|pays|paid|paying|spend|spends|spent|spending|invest|invests|invested|investing|charge|charges|charged|charging|fined|price|money|earn|earns|earned|earning|sell|sells|sold|selling)\b/i;
/** Whether "how much" asks by how much more or less ("how much cheaper will it be"): a sum or a share answers it. */
export function asksComparison(question: string): boolean {
	return HOW_MUCH_CHANGE.test(question);
}

const HOW_MUCH_CHANGE = /\bhow much\s+(?:more|less|higher|lower|extra|cheaper|dearer|further)\b/i;

/**
 * The sums and shares of a sentence, which no count may hold ("paid Lunara $118 million under…"), each with its
 * currency when it follows the number ("4.5 million euros").
 */
export function sumsOf(sentence: string, mentions: readonly Mention[]): Mention[] {
	return mentions.flatMap((m) => {
		// Past the sentence limit no figure is read, so the work a question does stays bounded.
		if (m.type !== 'number' || m.start > SENTENCE_LIMITS.chars) return [];
		if (MONEY.test(m.text) || SHARE.test(m.text)) return [m];
		const currency = CURRENCY_AFTER.exec(sentence.slice(m.end, m.end + 24))?.[0];
		// "210 million marks": a currency that is a sum only after a number.
		return currency && MONEY.test(m.text + currency)
			? [{ ...m, text: m.text + currency, end: m.end + currency.length }]
			: [];
	});
}

/** The word after a number, which may be its currency, with the country's before it ("520,000 Canadian dollars"). */
const CURRENCY_AFTER = /^(?:\s+\p{Lu}\p{L}+){0,2}\s+\p{L}+/u;

/**
 * Whether a figure of a sentence that no count names is an amount given to a "how many" question ("less than $3" for
 * "how many doses"), which it never answers.
 */
export function amountForHowMany(question: string, figure: string): boolean {
	if (!HOW_MANY.test(question) || !isSumOrShare(figure)) return false;
	// "How many of the buildings collapsed?" of "80% of the buildings collapsed": a part, which a share gives.
	return !(HOW_MANY_CURRENCY.test(question) && MONEY.test(figure)) && !(HOW_MANY_OF.test(question) && isShare(figure));
}

/** "How many of the…": a part of a whole asked. */
const HOW_MANY_OF = /\bhow\s+many\s+of\b/i;
/** "How many dollars…", "how many million euros…": a sum asked in its currency ("how many marks", an exam's too). */
const HOW_MANY_CURRENCY = new RegExp(
	`\\bhow\\s+many\\s+(?:\\p{L}+\\s+){0,2}?(?:${PLAIN_CURRENCY_WORDS}|marks)\\b`,
	'iu',
);

/** Whether a figure is a share and no sum of money: "0.03 percent", not "$3m (5%)". */
export function isShare(figure: string): boolean {
	return SHARE.test(figure) && !MONEY.test(figure);
}

/** Whether a figure is a sum of money or a share ("£165m", "16%"): never a count, a length or a length of time. */
export function isSumOrShare(figure: string): boolean {
	return MONEY.test(figure) || SHARE.test(figure);
}
