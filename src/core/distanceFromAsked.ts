import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "How far is the vault from Bishkek?": the place a distance is asked from. */
const HOW_FAR_FROM =
	/\bhow\s+far\b.*\bfrom\s+(?:the\s+)?([\p{L}-]+)|\bhow\s+far\b.*?\b(?:of|to)\s+(?:the\s+)?([\p{L}-]+)/iu;
/** A distance in a unit: "about 40 kilometres", "12 miles", "about 400 yards". */
const DISTANCE = /\b(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|yards?|feet|ft)\b/iu;
/** What may stand between a distance and its place: "south of", "away from", "north-east of". */
const TO_PLACE =
	/^\s*(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|inland|outside|away|offshore)\s+)?(?:of|from)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+)/iu;

/**
 * Whether the distance `phrase` is given from the very place a "how far … from X" question names ("about 40
 * kilometres south of Bishkek" for "how far is the vault from bishkek"): the fact asked, not a distance that merely
 * stands in a sentence the question's words match.
 *
 * @example
 * const sentence = 'The vault, about 40 kilometres south of Bishkek, flooded.';
 * distanceFromAsked('how far is the vault from bishkek', sentence, { text: 'about 40 kilometres', start: 11, end: 30, typed: true }); // true
 */
export function distanceFromAsked(question: string, sentence: string, phrase: AnswerPhrase): boolean {
	const asked = HOW_FAR_FROM.exec(question);
	const place = asked?.[1] ?? asked?.[2];
	if (!place || !phrase.typed || !DISTANCE.test(phrase.text)) return false;
	// "about 1.5 kilometres from the village school" for "from the school": the place's word among the next few.
	const after = TO_PLACE.exec(sentence.slice(phrase.end, phrase.end + 60))?.[1];
	const wanted = stem(place.toLowerCase());
	return after !== undefined && after.split(/\s+/u).some((word) => stem(word.toLowerCase()) === wanted);
}

/** "How far…", "how far away…", "how far down…": a distance asked. */
const HOW_FAR = /\bhow\s+far\b(?!\s+across\b)/i;
/** A size told after its measure: "4 kilometres across", "20 metres wide", "a metre in diameter". */
const SIZE_AFTER =
	/^\s*(?:across(?![ \t]+[\p{L}\d])|wide|long|tall|high|thick|in\s+(?:diameter|length|width|height))\b/iu;
/** A distance after its figure: "410 million kilometres from Earth", "38 metres below the surface", "2 miles away". */
const UNIT_AWAY =
	/^\s*(?:million\s+|billion\s+)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|ft|nautical\s+miles|light-years?)\s+(?:away|from|off|below|beneath|under|above|deep|down|(?:\p{L}+-)*(?:north|south|east|west)\p{L}*\s+of)\b/iu;
/** A distance named before its figure: "at a depth of about 38 metres", "an altitude of 500 km". */
const NAMED_BEFORE =
	/\b(?:depth|distance|altitude|height|range)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+)?$/i;

/**
 * For "how far" asked of a size ("a nucleus between 2 and 4 kilometres across"): the distance the sentence gives beside
 * it ("about 410 million kilometres from Earth"), as far as its unit; null when it gives none; undefined when the
 * phrase is no size or no distance is asked.
 *
 * @example
 * const sentence = 'The comet is 410 million kilometres from Earth and its nucleus is 4 kilometres across.';
 * sizeForDistance('how far away is the comet', sentence, { text: '4 kilometres', start: 66, end: 78, typed: true }, mentions)?.text; // '410 million kilometres'
 */
export function sizeForDistance(
	question: string,
	sentence: string,
	phrase: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase | null | undefined {
	if (!HOW_FAR.test(question) || !phrase.typed) return undefined;
	if (!SIZE_AFTER.test(sentence.slice(phrase.end)) && !SIZE_BEFORE_NOUN.test(phrase.text)) return undefined;
	const asked = HOW_FAR_FROM.exec(question);
	const place = asked?.[1] ?? asked?.[2];
	// "How far from Gozo is it?" of "at a depth of 112 metres about 9 kilometres northeast of the island of Gozo": the
	// distance from the place asked before any other.
	const ordered = place
		? [...mentions].sort((a, b) => fromPlace(sentence, b, place) - fromPlace(sentence, a, place))
		: mentions;
	for (const m of ordered) {
		if (m.type !== 'number' || m.start === phrase.start) continue;
		const away = UNIT_AWAY.exec(sentence.slice(m.end));
		const unit = away ? /^\s*(?:(?:million|billion)\s+)?\S+(?:\s+miles)?/u.exec(sentence.slice(m.end)) : null;
		if (unit)
			return {
				text: sentence.slice(m.start, m.end + unit[0].length),
				start: m.start,
				end: m.end + unit[0].length,
				typed: true,
			};
		if (NAMED_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))) {
			const after = /^\s*(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|ft)\b/iu.exec(sentence.slice(m.end));
			const end = m.end + (after?.[0].length ?? 0);
			return { text: sentence.slice(m.start, end), start: m.start, end, typed: true };
		}
	}
	return null;
}

/** A measure written as the adjective of its thing: "a 68-metre iron cargo ship", "the 30-km tunnel". */
const SIZE_BEFORE_NOUN =
	/^(?:\p{L}+\s+)?[\d,.]+-(?:kilomet(?:re|er)|km|mile|met(?:re|er)|foot|ft|feet|tonne|ton)\s+\p{L}/iu;

/** 1 where the distance after `m` is given from `place` ("9 kilometres northeast of the island of Gozo"), else 0. */
function fromPlace(sentence: string, m: Mention, place: string): number {
	const after = sentence.slice(m.end, m.end + 80);
	const unit = UNIT_AWAY.exec(after);
	if (!unit) return 0;
	const words =
		after
			.slice(unit[0].length)
			.match(/\p{L}+/gu)
			?.slice(0, 5) ?? [];
	return words.some((w) => stem(w.toLowerCase()) === stem(place.toLowerCase())) ? 1 : 0;
}

/** "How big…", "how tall…", "how long is the octopus": a size asked. */
const HOW_SIZED = /\bhow\s+(?:big|large|tall|wide|long)\b/i;
/** A unit of length after a figure: "2,870 metres", "40 centimetres". */
const LENGTH_UNIT =
	/^\s*(?:(?:million|billion)\s+)?(?:kilomet(?:re|er)s?|km|miles?|(?:centi|milli)?met(?:re|er)s?|cm|mm|feet|foot|ft|inch(?:es)?)\b/iu;

/**
 * For a size asked of a length that is no size ("the deepest dive reached 2,870 metres"): the size the sentence gives
 * beside it ("a pale, finned octopus about 40 centimetres long"), as far as its word of size; undefined where the
 * phrase is a size itself, no length, or the sentence gives no size.
 *
 * @example
 * const sentence = 'The dive reached 2,870 metres, where they filmed an octopus 40 centimetres long.';
 * sizeForLength('how big was the octopus', sentence, { text: '2,870 metres', start: 17, end: 29, typed: true }, mentions)?.text; // '40 centimetres long'
 */
export function sizeForLength(
	question: string,
	sentence: string,
	phrase: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase | undefined {
	if (!HOW_SIZED.test(question) || !phrase.typed) return undefined;
	const own = mentions.find((m) => m.start >= phrase.start && m.end <= phrase.end && m.type === 'number');
	if (!own || !LENGTH_UNIT.test(sentence.slice(own.end)) || sizedAt(sentence, own.end)) return undefined;
	const thing = SIZED_THING.exec(question)?.[1]?.toLowerCase();
	const size = mentions.find(
		(m) => m.type === 'number' && m !== own && sizedAt(sentence, m.end) && follows(sentence, m.start, thing),
	);
	if (!size) return undefined;
	const unit = LENGTH_UNIT.exec(sentence.slice(size.end))?.[0] ?? '';
	const word = SIZE_AFTER.exec(sentence.slice(size.end + unit.length))?.[0] ?? '';
	const end = size.end + unit.length + word.length;
	return { text: sentence.slice(size.start, end), start: size.start, end, typed: true };
}

/** The thing whose size is asked: "octopus" in "how big was the octopus". */
const SIZED_THING =
	/\bhow\s+(?:big|large|tall|wide|long)\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)[\s?!.]*$/iu;
/** What may stand between a thing and its size: "an octopus about 40 centimetres long", "the wall, some 5 metres high". */
const BEFORE_SIZE =
	/^[\s,]*(?:(?:about|around|roughly|some|nearly|almost|just|over|measuring|up\s+to|more\s+than)\s+)?$/iu;

/** Whether the figure at `at` is written right after the thing asked (its plural too). */
function follows(sentence: string, at: number, thing: string | undefined): boolean {
	if (!thing) return false;
	const before = sentence.slice(Math.max(0, at - 60), at).toLowerCase();
	const found = before.lastIndexOf(thing);
	if (found < 0) return false;
	return BEFORE_SIZE.test(before.slice(found + thing.length).replace(/^e?s\b/, ''));
}

/** Whether a unit of length and a word of size follow offset `at`: " centimetres long". */
function sizedAt(sentence: string, at: number): boolean {
	const unit = LENGTH_UNIT.exec(sentence.slice(at));
	return unit !== null && SIZE_AFTER.test(sentence.slice(at + unit[0].length));
}
