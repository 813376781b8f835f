import type { AnalysedQuestion, QueryTerm } from './analyseQuestion.ts';
import type { Token } from './tokenize.ts';

/** Verbs a question is asked with, which the sentence giving the fact seldom writes ("how cold did it get"). */
const LIGHT = new Set([
	'get',
	'got',
	'go',
	'went',
	'becom',
	'becam',
	'keep',
	'kept',
	'stay',
	'reach',
	'will',
	'normal',
]);

/** Words of the question a sentence giving the fact may leave to its paragraph ("during the race", "the sea"). */
const MISSING = 1;

/**
 * Whether a sentence writes every word of the question (or a synonym of it), light verbs ("get", "go") and the words
 * `aside` picks aside, `missing` words left to its paragraph at most (MISSING unless told).
 */
export function wordsWritten(
	question: AnalysedQuestion,
	tokens: readonly Token[],
	aside: (term: QueryTerm) => boolean = () => false,
	missing = MISSING,
): boolean {
	const written = new Set(tokens.map((t) => t.stem));
	const slots = new Map<number, boolean>();
	for (const term of question.terms) {
		if ((term.weight === 1 && LIGHT.has(term.stem)) || aside(term)) slots.set(term.slot, true);
		slots.set(term.slot, (slots.get(term.slot) ?? false) || written.has(term.stem));
	}
	return [...slots.values()].filter((covered) => !covered).length <= missing;
}
