import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

/** The phrase that says which ones a count counts: "in the control group" after "951", "of them to intensive care". */
const QUALIFIER =
	/^\s+(?:of\s+(?:them|those|these|whom)\s+(?:to|into|in|at|on)|in|at|among|for|from|on|of)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/u;

/** How much more a noun of the question in what a count counts weighs than a word of its qualifier. */
const NOUN_WEIGHT = 2;

/**
 * Of several counts of the thing asked, the one that counts most of the question's nouns ("four anti-aircraft
 * missiles" over "two ballistic missiles"), then whose qualifier fits the question best ("how many children in the
 * control group": "951 in the control group", not "312 children in the vaccine group"): the qualifier's words the
 * question has, less those it has not; the first on a tie.
 */
export function bestQualified(
	facts: readonly Fact[],
	asked: ReadonlySet<string>,
	nouns: readonly string[],
): Fact | undefined {
	let best: Fact | undefined;
	let bestScore = Number.NEGATIVE_INFINITY;
	for (const fact of facts) {
		const phrase = QUALIFIER.exec(fact.source.quote.slice(fact.span[1]))?.[1] ?? '';
		const counted = contentStems(fact.subject ?? '');
		// "How big is the budget?" names its noun outside "how many": any word of the question counts then.
		const named = (nouns.length ? nouns : [...asked]).filter((n) => counted.includes(n)).length;
		const score = NOUN_WEIGHT * named + contentStems(phrase).reduce((sum, s) => sum + (asked.has(s) ? 1 : -1), 0);
		if (score > bestScore) {
			best = fact;
			bestScore = score;
		}
	}
	return best;
}

/** Whether the phrase that says which ones a count counts ("on Monday" after "45 migrants") has a word the question has. */
export function qualifiedAsAsked(fact: Fact, asked: ReadonlySet<string>): boolean {
	const phrase = QUALIFIER.exec(fact.source.quote.slice(fact.span[1]))?.[1] ?? '';
	return contentStems(phrase).some((s) => asked.has(s));
}
