import { isPastForm } from './askedPatient.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { contentStems, type Token } from './tokenize.ts';

/** "Where did they arrest him?", "where was the car found": a place asked of a deed the question names. */
const WHERE_DEED = /^\s*where\s+(?:did|does|do|was|were|is|are|has|have|had|will|would)\s+(.+?)[\s?!.]*$/iu;
/** A preposition of place, then a described place: "at a flat above a barber's shop", "in the basement of a mill". */
const PLACE_AFTER =
	/^\s+(?:(?!(?:at|in|on|inside|outside|near|behind|above|beneath|under|from)\b)[\p{L}'’-]+\s+){0,4}?(?:at|in|on|inside|outside|near|behind|above|beneath|under)\s+((?:a|an|the|his|her|their|its)\s+\p{Ll}[^,;.:!?]*?)(?=\s*(?:[,;.:!?]|$|\s(?:and|but|after|before|when|while|as|where|which|who|by|with|for|until|under|during|early|late|last|this|yesterday|overnight|earlier|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b))/u;

/**
 * For "Where did they arrest the ringleader?", the place a sentence gives right after the deed asked (or a synonym),
 * described in words: "a flat above a barber's shop" of "was arrested at a flat above a barber's shop", whatever
 * other place the sentence names ("a man from the Millbrook area"). Undefined where the question asks no deed's place
 * or the sentence tells the deed with no such place.
 *
 * @example
 * const sentence = 'The ringleader, a man from Millbrook, was arrested at a flat above a barber’s shop.';
 * deedPlace('where did they arrest the ringleader', sentence, tokenize(sentence))?.text; // 'a flat above a barber’s shop'
 */
export function deedPlace(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	const asked = WHERE_DEED.exec(question)?.[1];
	if (!asked) return undefined;
	const wanted = new Set(contentStems(asked).flatMap((s) => [s, ...synonymStems(s)]));
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem) || !isPastForm(token.word)) continue;
		const place = PLACE_AFTER.exec(sentence.slice(token.end, token.end + 160));
		if (!place?.[1]) continue;
		const start = token.end + place[0].length - place[1].length;
		return { text: place[1], start, end: start + place[1].length, typed: true };
	}
	return undefined;
}
