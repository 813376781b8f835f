import { figureBeforeNoun } from './figureBeforeNoun.ts';
import { figureRightAfter, inUnit, SPEED_UNIT, UNIT, UNIT_CHARS } from './figureInUnit.ts';
import type { Mention } from './findMentions.ts';
import { ASKS_EARLIER, levelBefore } from './levelBefore.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, stem, type Token } from './tokenize.ts';

/** Nouns that name a figure: "What was inflation in August?" is answered by "5.3%", not by the whole sentence. */
const QUANTITIES = new Set(
	contentStems(
		'rate inflation price cost temperature population unemployment growth total toll budget salary wage revenue profit loss deficit debt speed height depth length distance weight turnout majority margin fare fee tax tariff yield value size area capacity income sales pay rent average median offer rise increase raise forecast estimate target level fine ransom penalty bonus compensation reward bail damages premium commission deposit discount dividend surcharge levy subsidy pension payout mortgage attendance worth tuition record maximum minimum peak extent',
	),
);
/** Quantity nouns members shorten. */
const QUANTITY_SHORT: Readonly<Record<string, string>> = { max: 'maximum', temp: 'temperature' };

function spelledQuantities(text: string): string {
	// "the winter max this year", not "the lotto max jackpot": the short word ends its noun phrase.
	return text.replace(
		/\b(?:max|temp)\b(?=\s*[?!.,]*\s*$|\s+(?:of|in|for|on|at|this|that|last|next|during|today|yesterday|was|is)\b)/giu,
		(word) => QUANTITY_SHORT[word.toLowerCase()] ?? word,
	);
}
/** "What is/was the X": the words after it are looked at for a quantity noun. */
const WHAT_IS = /^\s*what(?:['’]?s|\s+(?:is|was|are|were|will\s+be|would\s+be))\s+(.+)$/iu;
/** "What will tuition be for undergrads?": the noun before "be", and what follows it. */
const WHAT_WILL_BE = /^\s*what\s+(?:will|would|is|was|are|were|could|might)\s+(.+?)\s+be\b(.*)$/iu;
/** "What pay rise was offered?": the noun phrase after "what", before its verb, is looked at for a quantity noun. */
const WHAT_NOUN = /^\s*what\s+((?:\p{L}+\s+){0,2}\p{L}+)\s+(?:is|was|are|were|did|does|do|has|have|had|will|would)\b/iu;
/** "How strong were the winds": a measure asked of the noun after the verb. */
const HOW_MEASURED =
	/^\s*how\s+(strong|fast|high|tall|deep|wide|heavy|big|large|hot|cold|warm|far|severe|powerful)\s+(?:is|was|are|were|will\s+be|did|does|do|has|have|had|can|could|will|would|might)\s+(.+)$/iu;
/** "How hot did the sea get?": a temperature is asked, which a sentence without a figure in degrees does not give. */
export function asksTemperature(question: string): boolean {
	return /^(?:hot|cold|warm)$/i.test(HOW_MEASURED.exec(question)?.[1] ?? '');
}

/** Whether the question asks how strong, deep, fast… something is: a figure in a unit answers it. */
export function asksMeasure(question: string): boolean {
	return HOW_MEASURED.test(question);
}

/**
 * Whether the question asks for a figure: how strong, deep, fast… something is, or "what was the <quantity>"
 * ("What was the hottest temperature?", "What pay rise was offered?").
 */
export function asksFigure(question: string): boolean {
	if (HOW_MEASURED.test(question)) return true;
	const rest = WHAT_IS.exec(question)?.[1] ?? WHAT_NOUN.exec(question)?.[1];
	return rest !== undefined && contentStems(spelledQuantities(rest)).some((s) => QUANTITIES.has(s));
}

/** The noun of each measure: "How deep was the quake?" is answered by "at a depth of about 10 kilometres". */
/** How-words that ask a size of the thing itself, which no distance "away" gives. */
const DIMENSIONS = /^(?:deep|high|tall|wide|long|thick)$/i;
const AWAY = /^\s+(?:away|apart|off)\b/u;
const MEASURE_NOUNS: Readonly<Record<string, string>> = {
	deep: 'depth',
	high: 'height',
	tall: 'height',
	wide: 'width',
	heavy: 'weight',
	far: 'distance',
	fast: 'speed',
	strong: 'magnitude',
	powerful: 'magnitude',
	severe: 'magnitude',
	hot: 'temperature',
	cold: 'temperature',
	warm: 'temperature',
};
/** Verbs (stems) a sentence may give a measure with instead of its noun: "measures 480 metres", "weighs 87 grams". */
const MEASURE_VERBS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
	[
		['size', 'measur'],
		['length', 'measur'],
		['width', 'measur'],
		['height', 'measur'],
		['weight', 'weigh'],
	].map(([noun = '', verb = '']) => [stem(noun), [verb]]),
);
/** A scale written before its figure: "a magnitude 6.8 earthquake". */
const SCALE_BEFORE = /\bmagnitude\s+$/i;
/** How far after the noun its figure may stand ("inflation, which stood at 5.3%"). */
const AFTER_CHARS = 60;

/**
 * For "What was inflation in August?" or "How strong were the winds?", the figure the sentence gives the noun asked:
 * the first number within AFTER_CHARS after it and in its clause ("inflation, which stood at 5.3%", "winds of 185 km/h"), with its unit;
 * for a "how strong/fast…" question, only one written in a unit. None when the question asks no figure, or the
 * sentence gives the noun none.
 *
 * @example
 * askedQuantity('How strong were the winds?', 'It came ashore with winds of 185 km/h.', mentions, tokens)?.text;
 * // '185 km/h'
 */
export function askedQuantity(
	question: string,
	sentence: string,
	mentions: readonly Mention[],
	tokens: readonly Token[],
): AnswerPhrase | undefined {
	const how = HOW_MEASURED.exec(question);
	const measured = how?.[2];
	const will = WHAT_WILL_BE.exec(question);
	const written =
		measured ?? WHAT_IS.exec(question)?.[1] ?? (will ? `${will[1]}${will[2]}` : WHAT_NOUN.exec(question)?.[1]);
	if (!written) return undefined;
	// "antarctica's winter max" of "a winter maximum of 16.9 million square kilometers".
	const rest = spelledQuantities(written);
	const asked = contentStems(rest);
	// The last noun asked is its head: "average monthly wage" asks for the wage, not the first average written.
	const synonyms = measured && asked.length === 1 ? synonymStems(asked[0] ?? '') : [];
	const nouns = (measured ? asked : asked.filter((s) => QUANTITIES.has(s))).reverse();
	const measure = MEASURE_NOUNS[how?.[1]?.toLowerCase() ?? ''];
	if (measure) nouns.push(...contentStems(measure));
	// "How strong were the winds?" of "gusts of 78 miles per hour": a measured noun written as its synonym, last; not
	// a word of a longer phrase ("overnight" of "how warm did it get in Altdorf overnight" is no "night" measured).
	nouns.push(...synonyms);
	for (const noun of nouns) {
		const others = new Set(asked.filter((s) => s !== noun));
		const dimension = DIMENSIONS.test(how?.[1] ?? '');
		const figure = figureAfter(noun, sentence, mentions, tokens, measured !== undefined, others, dimension);
		if (figure) return ASKS_EARLIER.test(question) ? (levelBefore(sentence, figure, mentions) ?? figure) : figure;
	}
	// "What's the staff sickness rate?" of "staff sickness had risen to 9.4 percent": the noun the quantity is of.
	const of = measured ? undefined : quantityOf(rest);
	if (of) {
		const others = new Set(asked.filter((s) => s !== of));
		const figure = figureAfter(of, sentence, mentions, tokens, false, others);
		if (figure) return figure;
	}
	// "What's the size of Nerissa?" of "Nerissa, which measures about 480 metres across": the verb of the measure.
	for (const verb of nouns.flatMap((noun) => MEASURE_VERBS[noun] ?? [])) {
		const figure = figureRightAfter(verb, sentence, mentions, tokens);
		if (figure) return figure;
	}
	// "How fast was the taxi going when it hit the truck?" of "travelling at about 19 mph": a speed by its unit alone.
	return measure === 'speed' ? inUnit(sentence, mentions, SPEED_UNIT) : undefined;
}

/** A lowercase noun right before a quantity's noun: "sickness" of "the staff sickness rate", not "Northvale's". */
function quantityOf(asked: string): string | undefined {
	const words = asked.split(/\s+/);
	for (let at = words.length - 1; at > 0; at--) {
		const head = stem((words[at] ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''));
		if (!QUANTITIES.has(head)) continue;
		const before = words[at - 1] ?? '';
		if (!/^\p{Ll}+$/u.test(before)) return undefined;
		const of = contentStems(before)[0];
		return of && !QUANTITIES.has(of) ? of : undefined;
	}
	return undefined;
}

/**
 * The last comma before a figure, when it opens no comparison or list: ", the highest for a city election in two
 * decades" (not ", from 3.2% in March", ", 5.1% in July", ", and 58 percent in 2019").
 */
const NOT_COMPARED =
	/,\s+(?!(?:up|down)\s+from\b|compared\b|against\b|from\b|versus\b|vs\b|than\b|having\b|and\s+(?:about\s+|around\s+)?(?:[\d$€£]|$)|while\b|but\b)[^,\s][^,]*$/iu;

/** The first number within AFTER_CHARS after a token of `noun`, in its clause (with a unit when `measured`). */
function figureAfter(
	noun: string,
	sentence: string,
	mentions: readonly Mention[],
	tokens: readonly Token[],
	measured: boolean,
	others: ReadonlySet<string>,
	dimension = false,
): AnswerPhrase | undefined {
	const numbers = mentions.slice(0, SENTENCE_LIMITS.mentions).filter((m) => m.type === 'number');
	const read = tokens.slice(0, SENTENCE_LIMITS.tokens);
	for (const token of read) {
		if (token.stem !== noun) continue;
		// "a 9 percent pay rise", "a £5 fee": a share or a sum written right before the noun is its own.
		const own = measured ? undefined : figureBeforeNoun(sentence, numbers, token);
		if (own) return own;
		// "tuition for undergraduate students from the province will rise from 8,400 dollars": the noun phrase runs on,
		// after a preposition, through the question's own words, and its figure is looked for after them.
		let reach = token.end;
		const described = /^\s+(?:[\p{Ll}-]+\s+)?(?:for|of|from|in|at|on|among|with|between|to)\s/u.test(
			sentence.slice(token.end, token.end + 30),
		);
		for (const word of described ? read : []) {
			if (word.start > reach && word.start - reach <= AFTER_CHARS && others.has(word.stem)) reach = word.end;
		}
		const figures: AnswerPhrase[] = [];
		for (const number of numbers) {
			const scale = measured ? SCALE_BEFORE.exec(sentence.slice(Math.max(0, number.start - 12), number.start)) : null;
			// "a magnitude 6.8 earthquake": a figure on a scale may stand right before the noun.
			if (scale && number.end <= token.start && token.start - number.end <= 2) {
				const start = number.start - scale[0].length;
				return { text: sentence.slice(start, number.end), start, end: number.end, typed: true };
			}
			if (number.start < token.end || number.start - Math.max(token.end, Math.min(reach, number.start)) > AFTER_CHARS)
				continue;
			if (/[;:]|\.\s/.test(sentence.slice(token.end, number.start))) break;
			// "Turnout reached 46 percent, the highest … in two decades": past a comma, another clause's figure.
			// ("…34%, up from 29% in 2018" compares, and its figure may be the one asked.)
			if (figures.length > 0 && NOT_COMPARED.test(sentence.slice(figures[0]?.end ?? token.end, number.start))) break;
			// "a two-bedroom flat": a number joined to a word describes the thing; it is not the figure asked.
			if (/^-\p{L}/u.test(sentence.slice(number.end, number.end + 2))) continue;
			const unit = UNIT.exec(sentence.slice(number.end, number.end + UNIT_CHARS));
			if (measured && !unit && !/%/.test(number.text)) continue;
			const end = number.end + (unit?.[0].length ?? 0);
			// "a site about 400 kilometres away": how far off it is, no depth or height.
			if (dimension && AWAY.test(sentence.slice(end, end + 12))) continue;
			figures.push({ text: sentence.slice(number.start, end), start: number.start, end, typed: true });
		}
		if (figures.length > 0) return qualified(figures, read, token.end, others);
	}
	return undefined;
}

/**
 * Of the figures after a noun, the one nearest another word of the question said after it ("fell to 3.9% from 4.0% in
 * April" for "…in April?"), else the first.
 */
function qualified(
	figures: readonly AnswerPhrase[],
	tokens: readonly Token[],
	after: number,
	others: ReadonlySet<string>,
): AnswerPhrase | undefined {
	const last = figures.at(-1)?.end ?? after;
	const anchor = tokens.find((t) => t.start >= after && t.start <= last + AFTER_CHARS && others.has(t.stem));
	if (!anchor) return figures[0];
	const distance = (f: AnswerPhrase) => Math.min(Math.abs(f.start - anchor.end), Math.abs(anchor.start - f.end));
	return figures.reduce((best, f) => (distance(f) < distance(best) ? f : best));
}
