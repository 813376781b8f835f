import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "How far is the vault from Bishkek?": the place a distance is asked from. */
const HOW_FAR_FROM =
	/\bhow\s+far\b.*\bfrom\s+(?:the\s+)?([\p{L}-]+)|\bhow\s+far\b.*?\b(?:of|to)\s+(?:the\s+)?([\p{L}-]+)/iu;
/** A distance in a unit: "about 40 kilometres", "12 miles". */
const DISTANCE = /\b(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\b/iu;
/** What may stand between a distance and its place: "south of", "away from", "north-east of". */
const TO_PLACE =
	/^\s*(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|inland|outside|away|offshore)\s+)?(?:of|from)\s+(?:the\s+)?([\p{L}-]+)/iu;

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
	const after = TO_PLACE.exec(sentence.slice(phrase.end, phrase.end + 60))?.[1];
	return after !== undefined && stem(after.toLowerCase()) === stem(place.toLowerCase());
}
