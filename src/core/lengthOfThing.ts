import { NUMBER_WORDS } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { stem } from './tokenize.ts';

/** "How long was the dragon?", "how tall is the new tower": a size asked of a thing named at the question's end. */
const ASKED_THING =
	/\bhow (long|tall|high|wide|deep|big|large)\s+(?:is|was|are|were|will be)\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[\p{L}’'-]+\s+){0,2}(\p{L}+)\s*\??\s*$/iu;
/** "How big…": a size asked that a length answers only beside the thing's own name ("the kite, a 14-metre…"). */
const SIZE_ONLY = /^(?:big|large)$/i;

const NUMBER = `(?:\\d[\\d,.]*|(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:${Object.keys(NUMBER_WORDS).join('|')}))?)`;
const UNIT =
	'(?:kilomet(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|miles?|foot|feet|yards?|inch(?:es)?|km|ft|cm|mm)\\b';
/** A size written before the noun it measures: "a nine-metre dragon", "the 300-foot-tall statue", "a 2 km tunnel". */
const SIZE_BEFORE_NOUN = new RegExp(
	`\\b(${NUMBER}(?:\\s|-)${UNIT})(?:-(?:long|tall|high|wide|deep))?((?:\\s+[\\p{L}-]+){1,4})`,
	'giu',
);

/** A size written after the noun it measures: "tentacles 55 metres long", "a wall about 4 metres high". */
const SIZE_AFTER_NOUN = new RegExp(
	`(\\p{L}+)\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+|up\\s+to\\s+)?(${NUMBER}(?:\\s|-)${UNIT})\\s+(?:long|tall|high|wide|deep)\\b`,
	'giu',
);

/** A size in apposition to the noun it measures: "The kite, a 14-metre inflatable shaped like a whale". */
const SIZE_IN_APPOSITION = new RegExp(`(\\p{L}+),\\s+(?:a|an)\\s+(${NUMBER}(?:\\s|-)${UNIT})`, 'giu');

/** A unit of length anywhere: both sizes need one, and this cheaper test rules out most sentences first. */
const ANY_UNIT = new RegExp(UNIT, 'iu');

/** A word that ends the noun phrase after a size: "a 10-metre wall around the tower" sizes the wall. */
const LINK =
	/^(?:the|a|an|of|and|or|in|on|at|by|to|for|from|with|around|near|over|under|that|which|who|was|is|were|are|has|had)$/i;

/**
 * The size a sentence writes before or right after the very thing whose length, height or width is asked ("a
 * nine-metre dragon" for "how long was the dragon", "tentacles 55 metres long"), which answers it whatever other length of time the sentence holds ("the ten-day
 * event"); undefined when the sentence gives no size of that thing.
 *
 * @example
 * lengthOfThing('how long was the dragon', 'A nine-metre dragon opened the ten-day event.')?.text; // 'nine-metre'
 */
export function lengthOfThing(question: string, sentence: string): AnswerPhrase | undefined {
	const [, measure = '', noun] = ASKED_THING.exec(question) ?? [];
	if (!noun || !ANY_UNIT.test(sentence.slice(0, SENTENCE_LIMITS.chars))) return undefined;
	const asked = stem(noun.toLowerCase());
	const sized = SIZE_ONLY.test(measure);
	for (const match of sized ? [] : sentence.slice(0, SENTENCE_LIMITS.chars).matchAll(SIZE_BEFORE_NOUN)) {
		const size = match[1] ?? '';
		const words = (match[2] ?? '').trim().split(/\s+/);
		const stop = words.findIndex((word) => LINK.test(word));
		if (words.slice(0, stop < 0 ? words.length : stop).some((word) => stem(word.toLowerCase()) === asked))
			return { text: size, start: match.index, end: match.index + size.length, typed: true };
	}
	for (const match of sized ? [] : sentence.slice(0, SENTENCE_LIMITS.chars).matchAll(SIZE_AFTER_NOUN)) {
		if (stem((match[1] ?? '').toLowerCase()) !== asked) continue;
		const size = match[2] ?? '';
		const start = match.index + match[0].indexOf(size, (match[1] ?? '').length);
		return { text: size, start, end: start + size.length, typed: true };
	}
	for (const match of sentence.slice(0, SENTENCE_LIMITS.chars).matchAll(SIZE_IN_APPOSITION)) {
		if (stem((match[1] ?? '').toLowerCase()) !== asked) continue;
		const size = match[2] ?? '';
		const start = match.index + match[0].length - size.length;
		return { text: size, start, end: start + size.length, typed: true };
	}
	return undefined;
}
