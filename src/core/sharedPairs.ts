import type { AnalysedQuestion } from './analyseQuestion.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { STOPWORDS, type Token } from './tokenize.ts';

/** Adjacent pairs of the question's own content words: each stem with the stems it stands next to, both ways. */
export type WordPairs = ReadonlyMap<string, ReadonlySet<string>>;

/** Adjacent pairs of the question's own content words, e.g. "shot down" → shot–down. */
export function questionPairs(question: AnalysedQuestion): WordPairs {
	const own = question.terms.filter((t) => t.weight === 1).map((t) => t.stem);
	const pairs = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		const next = pairs.get(a);
		if (next) next.add(b);
		else pairs.set(a, new Set([b]));
	};
	for (let i = 1; i < own.length; i++) {
		link(own[i - 1] as string, own[i] as string);
		link(own[i] as string, own[i - 1] as string);
	}
	return pairs;
}

/** How many of the question's word pairs stand side by side (stopwords aside) in the sentence. */
export function sharedPairs(pairs: WordPairs, tokens: readonly Token[]): number {
	if (pairs.size === 0) return 0;
	// Read in place, once per candidate: no pair strings or token lists made.
	const end = Math.min(tokens.length, SENTENCE_LIMITS.tokens);
	let previous: string | undefined;
	let shared = 0;
	for (let i = 0; i < end; i++) {
		const token = tokens[i] as Token;
		if (STOPWORDS.has(token.word)) continue;
		if (previous !== undefined && pairs.get(previous)?.has(token.stem)) shared++;
		previous = token.stem;
	}
	return shared;
}
