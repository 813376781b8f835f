import { nearAskedWords } from './nearAskedWords.ts';
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
	const tied: Fact[] = [];
	for (const fact of facts) {
		const phrase = QUALIFIER.exec(fact.source.quote.slice(fact.span[1]))?.[1] ?? '';
		const counted = contentStems(fact.subject ?? '');
		// "How big is the budget?" names its noun outside "how many": any word of the question counts then.
		const named = (nouns.length ? nouns : [...asked]).filter((n) => counted.includes(n)).length;
		const score = NOUN_WEIGHT * named + contentStems(phrase).reduce((sum, s) => sum + (asked.has(s) ? 1 : -1), 0);
		if (score > bestScore) {
			best = fact;
			bestScore = score;
			tied.length = 0;
		}
		if (score === bestScore) tied.push(fact);
	}
	return tied.length > 1 && tied.length <= OWNERS_READ
		? (nearAskedWords(facts, tied, asked, nouns) ?? ownedByAsked(tied, asked) ?? best)
		: best;
}

/** The most counts that fit alike whose owners are read: a wall of figures ("1 drones 2 drones …") has no owners. */
const OWNERS_READ = 8;
/** How far before a count the name whose count it is may stand: "the Free Citizens, who won 17". */
const OWNER_CHARS = 40;

/**
 * Of counts that fit alike, the one right after a capitalised word the question asks ("The Green Alliance, which won
 * 19 seats, and the Free Citizens, who won 17" for "how many seats did the free citizens win"), when only one is.
 */
function ownedByAsked(facts: readonly Fact[], asked: ReadonlySet<string>): Fact | undefined {
	const owned = facts.filter((fact) => {
		const before = fact.source.quote.slice(Math.max(0, fact.span[0] - OWNER_CHARS), fact.span[0]);
		// Back to the last figure before it: a name before that one is that figure's.
		const own = before.slice(before.search(/\d[^\d]*$/u) + 1);
		// "Borealis One": a name right before a figure holds it; "the Free Citizens, who won 17" owns it.
		if (!/(?:^|\s)\p{Ll}+\s+$/u.test(own)) return false;
		// "… joining the Forest Workers Union and 131 voted against": a new clause starts at the figure.
		if (/\b(?:and|or|but|while|whereas)\s+$/u.test(own)) return false;
		return (own.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).some((word) => contentStems(word).some((s) => asked.has(s)));
	});
	return owned.length === 1 ? owned[0] : undefined;
}

/** Whether the phrase that says which ones a count counts ("on Monday" after "45 migrants") has a word the question has. */
export function qualifiedAsAsked(fact: Fact, asked: ReadonlySet<string>): boolean {
	const phrase = QUALIFIER.exec(fact.source.quote.slice(fact.span[1]))?.[1] ?? '';
	return contentStems(phrase).some((s) => asked.has(s));
}
