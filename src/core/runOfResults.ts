import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { synonymStems } from './synonymStems.ts';
import { stem } from './tokenize.ts';

/** "How many losses in a row…", "how many straight wins": a run asked, and the thing it is a run of. */
const ASKS_RUN =
	/\bhow\s+many\s+(?:(?:straight|consecutive|successive)\s+)?([\p{L}-]+)\b.*?\b(?:in\s+a\s+row|straight|consecutive|successive|running)\b|\bhow\s+many\s+(?:straight|consecutive|successive)\s+([\p{L}-]+)/iu;
const ORDINAL_WORDS =
	'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th)';
/** "the sixth defeat in a row", "a third straight win", "its fifth consecutive year of losses". */
const RUN = new RegExp(
	`\\b(?:${ORDINAL_WORDS})\\s+(?:(?:straight|consecutive|successive)\\s+([\\p{L}-]+)|([\\p{L}-]+)\\s+in\\s+a\\s+row)\\b`,
	'giu',
);
/** Results of a match, each with the words of the same result: a run of defeats is no run of wins. */
const RESULTS = [
	['win', 'wins', 'victory', 'victories', 'triumph'],
	['loss', 'losses', 'defeat', 'defeats'],
	['draw', 'draws', 'tie', 'ties'],
].map((words) => new Set(words.map((w) => stem(w))));

/**
 * For "how many losses in a row…", the run the sentence tells by its ordinal: "sixth defeat in a row" of "the 3-0
 * home loss was the sixth defeat in a row", "third straight win"; undefined when the sentence tells no run of the
 * thing asked.
 *
 * @example
 * runOfResults('how many losses in a row', 'It was the sixth defeat in a row.')?.text; // 'sixth defeat in a row'
 */
export function runOfResults(question: string, sentence: string): AnswerPhrase | undefined {
	const asked = ASKS_RUN.exec(question);
	const noun = asked?.[1] ?? asked?.[2];
	if (!noun) return undefined;
	for (const run of sentence.matchAll(RUN)) {
		if (!sameThing(stem(noun.toLowerCase()), stem((run[1] ?? run[2] ?? '').toLowerCase()))) continue;
		return { text: run[0], start: run.index, end: run.index + run[0].length, typed: true };
	}
	return undefined;
}

function sameThing(asked: string, told: string): boolean {
	return (
		asked === told || synonymStems(asked).includes(told) || RESULTS.some((same) => same.has(asked) && same.has(told))
	);
}
