import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A superlative or "first" a little before "since": "the largest robbery in France since 2019". */
const COMPARISON = /\b(?:\w+est|first|most|least|worst|best|fewest|more|less|fewer)\b[^.;:]{0,60}\bsince\s+$/i;
/** Questions that ask for that benchmark itself: "When was the last time…", "When did it last…". */
const ASKS_BENCHMARK = /\b(?:last|previous|previously|before)\b/i;

/**
 * Whether the date a "when" question would be answered with is the benchmark of a comparison ("the highest since
 * 2012") rather than the time of the event asked about; false when the question asks for that benchmark ("When was
 * the last time…").
 *
 * @example
 * comparedDate('When did the robbery happen?', 'It was the largest robbery since 2019.', phraseOf('2019')); // true
 */
export function comparedDate(question: string, sentence: string, picked: AnswerPhrase): boolean {
	if (ASKS_BENCHMARK.test(question)) return false;
	return COMPARISON.test(sentence.slice(Math.max(0, picked.start - 80), picked.start));
}
