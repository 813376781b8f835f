import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "What rating did the trust get?", "what grade was the school given", "how was the hotel rated". */
const ASKS_RATING =
	/\b(?:what|which)\s+(?:\p{Ll}+\s+)?(?:rating|grade|grading|verdict|label|classification)\b|\bhow\s+(?:was|were|is|are|did)\s+.+\s+(?:rated|graded|judged|rate|grade)\b/iu;
/** A rating given in quotation marks after its verb: rated the trust "requires improvement," / graded as 'inadequate'. */
const RATED_AS =
	/\b(?:rated|graded|labell?ed|classed|classified|judged|deemed|branded|ranked)\s+(?:(?:it|them|him|her|the\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+)?(?:as\s+)?([“"‘'])([^“”"‘’']{2,40}?)[,.]?[”"’']/u;

/**
 * For "What rating did the trust get?", the rating a sentence quotes after its verb: "requires improvement" of "They
 * rated the trust "requires improvement," the second-lowest of four possible grades" (not "four"); undefined where the
 * question asks no rating or the sentence quotes none.
 *
 * @example
 * ratingGiven('what rating did the trust get', 'They rated the trust "requires improvement," the second-lowest grade.')?.text;
 * // 'requires improvement'
 */
export function ratingGiven(question: string, sentence: string): AnswerPhrase | undefined {
	if (!ASKS_RATING.test(question)) return undefined;
	const rated = RATED_AS.exec(sentence);
	const text = rated?.[2];
	if (!rated || !text) return undefined;
	const start = rated.index + rated[0].lastIndexOf(text);
	return { text, start, end: start + text.length, typed: true };
}
