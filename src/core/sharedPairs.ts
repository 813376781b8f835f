import type { AnalysedQuestion } from './analyseQuestion.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { STOPWORDS, type Token } from './tokenize.ts';

/** Adjacent pairs of the question's own content words, e.g. "shot down" → "shot down". */
export function questionPairs(question: AnalysedQuestion): Set<string> {
	const own = question.terms.filter((t) => t.weight === 1).map((t) => t.stem);
	const pairs = new Set<string>();
	for (let i = 1; i < own.length; i++) pairs.add([own[i - 1], own[i]].sort().join(' '));
	return pairs;
}

/** How many of the question's word pairs stand side by side (stopwords aside) in the sentence. */
export function sharedPairs(pairs: Set<string>, tokens: Token[]): number {
	if (pairs.size === 0) return 0;
	const content = tokens
		.slice(0, SENTENCE_LIMITS.tokens)
		.filter((t) => !STOPWORDS.has(t.word))
		.map((t) => t.stem);
	let shared = 0;
	for (let i = 1; i < content.length; i++) if (pairs.has([content[i - 1], content[i]].sort().join(' '))) shared++;
	return shared;
}
