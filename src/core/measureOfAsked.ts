import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems, STOPWORDS, tokenize } from './tokenize.ts';

/** "How fast do the trains go?", "how deep is the well": the measure, the auxiliary, then the words after it. */
const HOW_MEASURED =
	/^\s*how\s+(fast|high|tall|deep|wide|far|heavy|hot|cold|warm)\s+(is|was|are|were|will\s+be|did|does|do|can|could|will|would)\s+(.+?)[\s?!.]*$/iu;
/** Auxiliaries after which the question ends in its verb: "how fast do the trains *go*". */
const VERB_LAST = /^(?:did|does|do|can|could|will|would)$/i;
const LENGTH =
	/\b(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|miles?|feet|foot|ft|inch(?:es)?)\b/iu;
const DEGREES = /°|\bdegrees?\b/iu;
/** A height told in storeys or floors: "a 40-storey tower". */
const HEIGHT = new RegExp(`${LENGTH.source}|\\b(?:storeys?|stor(?:y|ies)|floors?)\\b`, 'iu');
/** A size written as its thing's adjective: "The 1,450-kilogram lander", "a two-storey cottage". */
const SIZE_ADJECTIVE =
	/^(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)-\p{L}+/iu;
/** The units each measure is given in: a speed for "how fast", a length for "how tall". */
const UNITS: Readonly<Record<string, RegExp>> = {
	fast: /km\/h|\bkph\b|\bmph\b|\bknots\b|\b(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\s+(?:an|per|a)\s+(?:hour|second)\b/iu,
	high: HEIGHT,
	tall: HEIGHT,
	deep: LENGTH,
	wide: LENGTH,
	far: LENGTH,
	heavy: /\b(?:kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|pounds|lbs?)\b/iu,
	hot: DEGREES,
	cold: DEGREES,
	warm: DEGREES,
};
/** A figure told as a change ("moved 20 metres", "rose 2 metres", "cut by 5 kg"), not the size itself. */
const CHANGE_BEFORE =
	/\b(?:moved|rose|risen|fell|fallen|dropped|climbed|grew|grown|shrank|sank|raised|lowered|cut|extended|by|up|down|more|less)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|another\s+)?$/iu;
/** A sum of money, which no measure is ("$5 m", "40 million pounds"). */
const MONEY_IN = /[$£€¥]|\b(?:dollars?|euros?|million|billion|yen|yuan|francs?|rupees?)\b/iu;
/** How far before its figure the thing measured may be named ("The trains reach a top speed of 320 km an hour"). */
const THING_BEFORE = 80;

/**
 * Whether `phrase` is the measure a "how fast/tall/deep… is X" question asks, given of X: a figure in the measure's
 * unit, not told as a change, with a word naming X shortly before it in the sentence ("The trains reach a top speed
 * of 320 kilometres an hour" for "how fast do the trains go"): the fact asked, not a figure that merely stands in a
 * matching sentence.
 *
 * @example
 * const sentence = 'The trains reach a top speed of 320 kilometres an hour.';
 * measureOfAsked('how fast do the trains go', sentence, { text: '320 kilometres an hour', start: 32, end: 54, typed: true }); // true
 */
export function measureOfAsked(question: string, sentence: string, phrase: AnswerPhrase): boolean {
	const asked = HOW_MEASURED.exec(question);
	const unit = UNITS[(asked?.[1] ?? '').toLowerCase()];
	if (!asked || !unit || !phrase.typed || !unit.test(phrase.text) || MONEY_IN.test(phrase.text)) return false;
	const preceding = sentence.slice(Math.max(0, phrase.start - THING_BEFORE), phrase.start);
	if (CHANGE_BEFORE.test(preceding)) return false;
	// "how fast can a cheetah run": the thing is the cheetah, not the verb the question ends with.
	const words = (asked[3] ?? '').split(/\s+/);
	const thing = VERB_LAST.test(asked[2] ?? '') ? words.slice(0, -1).join(' ') : words.join(' ');
	const stems = contentStems(thing);
	// "The 1,450-kilogram lander": the measure written as the thing's adjective.
	const adjective = SIZE_ADJECTIVE.exec(phrase.text)?.[0];
	const after = adjective
		? (/^\s+((?:\p{L}+\s+){0,2}\p{L}+)/u.exec(sentence.slice(phrase.start + adjective.length))?.[1] ?? '')
		: '';
	if (contentStems(after).some((s) => stems.includes(s))) return true;
	const named = tokenize(preceding).findLast((t) => !STOPWORDS.has(t.word) && stems.includes(t.stem));
	return named !== undefined && !(SIZES.test(asked[1] ?? '') && thingBetween(preceding.slice(named.end)));
}

/** Whether a thing other than a measure's own noun is named in `text`: "carries a small rover, named Pip, weighing". */
function thingBetween(text: string): boolean {
	const other = ANOTHER_THING.exec(text)?.[1];
	return other !== undefined && !MEASURE_NOUN.test(other);
}

/**
 * Whether `phrase`, in the unit a "how heavy/tall… is X" question asks, measures another thing named after X ("The
 * lander also carries a small rover, named Pip, weighing 9 kilograms" for "how heavy is the lander").
 *
 * @example
 * measuresOther('how heavy is the lander', 'The lander carries a rover weighing 9 kg.', { text: '9 kg', start: 35, end: 39, typed: true }); // true
 */
export function measuresOther(question: string, sentence: string, phrase: AnswerPhrase): boolean {
	const asked = HOW_MEASURED.exec(question);
	const unit = UNITS[(asked?.[1] ?? '').toLowerCase()];
	// "How far did Kiprono run?": a distance is no thing's own size; a speed or heat neither.
	if (!asked || !unit || !SIZES.test(asked[1] ?? '') || !phrase.typed || !unit.test(phrase.text)) return false;
	const words = (asked[3] ?? '').split(/\s+/);
	const stems = contentStems(VERB_LAST.test(asked[2] ?? '') ? words.slice(0, -1).join(' ') : words.join(' '));
	// "the tower, a two-storey keeper's cottage" for "how tall is the tower": the size of another thing, brought in by
	// "a" ("the 340-kilogram spacecraft" may be the satellite asked, named again).
	const adjective = SIZE_ADJECTIVE.exec(phrase.text)?.[0];
	if (adjective && /\b(?:a|an)\s+$/iu.test(sentence.slice(Math.max(0, phrase.start - 4), phrase.start))) {
		const after = /^\s+((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)/u.exec(sentence.slice(phrase.start + adjective.length))?.[1];
		return after !== undefined && !contentStems(after).some((s) => stems.includes(s));
	}
	const preceding = sentence.slice(Math.max(0, phrase.start - THING_BEFORE), phrase.start);
	const named = tokenize(preceding).findLast((t) => !STOPWORDS.has(t.word) && stems.includes(t.stem));
	return named !== undefined && thingBetween(preceding.slice(named.end));
}

/** The measures that are a thing's own size. */
const SIZES = /^(?:heavy|tall|high|deep|wide)$/i;
/** A thing named between the one asked and its figure: "a small rover", "the rear deck". */
const ANOTHER_THING = /\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=[\s,])/u;
/** The nouns of a measure itself, which name no other thing: "a top speed of", "a depth of". */
const MEASURE_NOUN =
	/^(?:speed|height|weight|depth|length|width|size|temperature|distance|altitude|top|maximum|total|range|area|capacity|elevation|diameter|span|mass|reading|peak|high|low|record|average|rate)$/iu;

/** A speed's "per hour" after a length unit: "175 kilometres per hour" is no height. */
const PER_TIME = /^\s*(?:an|per|a)\s+(?:hour|second|minute)\b|^\/h\b/iu;
/** The unit right after a figure ("3.5 metres", "-metre"), as far as its word. */
const UNIT_AFTER = /^(?:\s*(?:million|billion|thousand)\b)?[\s-]*(?:°\s*[CF]?|\p{L}+(?:\/\p{L}+)?)/iu;

/**
 * For a measure asked ("how high was the storm surge") whose answer is a figure in another unit ("175 kilometres
 * per hour"): the figure in the measure's unit the sentence gives of the thing asked ("up to 3.5 metres"), with its
 * unit; undefined where the answer is in that unit already or no such figure is told of the thing.
 *
 * @example
 * const sentence = 'Winds of 175 kilometres per hour pushed a storm surge of up to 3.5 metres inland.';
 * measureInUnit('how high was the storm surge', sentence, answer, mentions)?.text; // 'up to 3.5 metres'
 */
export function measureInUnit(
	question: string,
	sentence: string,
	phrase: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase | undefined {
	const asked = HOW_MEASURED.exec(question);
	const measure = (asked?.[1] ?? '').toLowerCase();
	const unit = UNITS[measure];
	if (!asked || !unit || measure === 'far' || !phrase.typed) return undefined;
	const inUnit = (text: string) => {
		const written = unit.exec(text);
		return written !== null && (measure === 'fast' || !PER_TIME.test(text.slice(written.index + written[0].length)));
	};
	if (inUnit(sentence.slice(phrase.start, phrase.end + 24).split(/[,;]\s/u)[0] ?? '')) return undefined;
	const words = (asked[3] ?? '').split(/\s+/);
	const thing = new Set(contentStems(VERB_LAST.test(asked[2] ?? '') ? words.slice(0, -1).join(' ') : words.join(' ')));
	for (const m of mentions) {
		if (m.type !== 'number' || m.start === phrase.start) continue;
		const written = UNIT_AFTER.exec(sentence.slice(m.end))?.[0] ?? '';
		const end = m.end + written.length;
		if (!written || !inUnit(sentence.slice(m.end, end + 16)) || MONEY_IN.test(written)) continue;
		const preceding = sentence.slice(Math.max(0, m.start - THING_BEFORE), m.start);
		if (CHANGE_BEFORE.test(preceding) || !contentStems(preceding).some((s) => thing.has(s))) continue;
		return { text: sentence.slice(m.start, end), start: m.start, end, typed: true };
	}
	return undefined;
}
