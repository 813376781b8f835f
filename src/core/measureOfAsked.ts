import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { contentStems } from './tokenize.ts';

/** "How fast do the trains go?", "how deep is the well": the measure, then the words that name the thing measured. */
const HOW_MEASURED =
	/^\s*how\s+(fast|high|tall|deep|wide|far|heavy|hot|cold|warm)\s+(?:is|was|are|were|will\s+be|did|does|do|can|could|will|would)\s+(.+?)[\s?!.]*$/iu;
const LENGTH =
	/\b(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|m|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|miles?|feet|foot|ft|inch(?:es)?)\b/iu;
/** The units each measure is given in: a speed for "how fast", a length for "how tall". */
const UNITS: Readonly<Record<string, RegExp>> = {
	fast: /\b(?:km\/h|mph|knots|(?:kilomet(?:re|er)s?|miles|met(?:re|er)s?)\s+(?:an|per|a)\s+(?:hour|second))\b/iu,
	high: LENGTH,
	tall: LENGTH,
	deep: LENGTH,
	wide: LENGTH,
	far: LENGTH,
	heavy: /\b(?:kg|kilo(?:gram)?s?|grams?|g|tonnes?|tons?|pounds|lbs?)\b/iu,
	hot: /°|\bdegrees?\b/iu,
	cold: /°|\bdegrees?\b/iu,
	warm: /°|\bdegrees?\b/iu,
};
/** How far before its figure the thing measured may be named ("The trains reach a top speed of 320 km an hour"). */
const THING_BEFORE = 80;

/**
 * Whether `phrase` is the measure a "how fast/tall/deep… is X" question asks, given of X: a figure in the measure's
 * unit with a word naming X shortly before it in the sentence ("The trains reach a top speed of 320 kilometres an
 * hour" for "how fast do the trains go"): the fact asked, not a figure that merely stands in a matching sentence.
 *
 * @example
 * const sentence = 'The trains reach a top speed of 320 kilometres an hour.';
 * measureOfAsked('how fast do the trains go', sentence, { text: '320 kilometres an hour', start: 32, end: 54, typed: true }); // true
 */
export function measureOfAsked(question: string, sentence: string, phrase: AnswerPhrase): boolean {
	const asked = HOW_MEASURED.exec(question);
	const unit = UNITS[(asked?.[1] ?? '').toLowerCase()];
	if (!asked || !unit || !phrase.typed || !unit.test(phrase.text)) return false;
	const before = new Set(contentStems(sentence.slice(Math.max(0, phrase.start - THING_BEFORE), phrase.start)));
	return contentStems(asked[2] ?? '').some((s) => before.has(s));
}
