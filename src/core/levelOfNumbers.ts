import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem } from './tokenize.ts';

/** "How many visitors…": the thing counted. */
const HOW_MANY_NOUN = /\bhow\s+many\s+([\p{L}-]+)/iu;
/**
 * "Visitor numbers rose by 22% last year, to about 48,000", "Ticket sales rose by 14%, to just under 52,000": a count
 * of a thing told as its numbers' (or sales') new level, after "to" past a verb of change.
 */
const NUMBERS_TO =
	/\b(\p{L}+)\s+(?:numbers|figures|totals?|counts?|sales)\b[^.;]*?\b(?:rose|fell|climbed|dropped|jumped|increased|decreased|grew|slipped|surged|reached|hit|doubled|halved)\b[^.;]*?\bto\s+((?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|just\s+over|just\s+under)\s+)?\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?)/giu;

/**
 * For "how many visitors did the reserve get last year?", the level "visitor numbers" reached: "about 48,000" of
 * "Visitor numbers to the reserve rose by 22% last year, to about 48,000"; undefined when the sentence tells none of
 * the thing asked.
 *
 * @example
 * levelOfNumbers('how many visitors came', 'Visitor numbers rose by 22%, to about 48,000.')?.text; // 'about 48,000'
 */
export function levelOfNumbers(question: string, sentence: string): AnswerPhrase | undefined {
	const noun = HOW_MANY_NOUN.exec(question)?.[1];
	if (!noun || !/\b(?:numbers|figures|totals?|counts?|sales)\b/i.test(sentence)) return undefined;
	const asked = stem(noun.toLowerCase());
	for (const found of sentence.matchAll(NUMBERS_TO)) {
		if (stem((found[1] ?? '').toLowerCase()) !== asked) continue;
		const text = found[2] ?? '';
		const start = found.index + found[0].length - text.length;
		return { text, start, end: start + text.length, typed: true };
	}
	return undefined;
}
