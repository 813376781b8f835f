import type { Fact } from './types.ts';

/** Words of a vote's sides, in a question or after a count: "voted against", "31 voted in favour", "backed the plan". */
const AGAINST = /\b(?:against|opposed?|opposing|rejected|reject|no)\b/i;
const FOR = /\b(?:in\s+favou?r|for|backed|back|supported|support|approved|approve|yes)\b/i;
/** A question about a vote: only then do "for" and "no" name a side. */
const VOTE = /\b(?:vot\w*|ballot|referendum|backed|back|supported|support|opposed?|approved?|rejected|reject)\b/i;
/** How far after a count the side it voted for is read, up to the clause's end. */
const SIDE_CHARS = 40;

/** The side of a vote a question asks the count of ("how many voted against the wind farm"), if any. */
function askedSide(question: string): 'for' | 'against' | undefined {
	if (!VOTE.test(question)) return undefined;
	if (AGAINST.test(question)) return 'against';
	return FOR.test(question) ? 'for' : undefined;
}

/**
 * Of a sentence's counts, those of the side of a vote the question asks ("212 residents" of "212 residents voted
 * against the scheme and 31 voted in favour" for "how many voted against"): the side is read in the words after each
 * count, up to its clause's end; [] when the question asks no side or no count tells one.
 *
 * @example
 * onAskedSide('how many backed the scheme', countsOf('212 voted against it and 31 voted in favour.'))[0]?.value; // 31
 */
export function onAskedSide(question: string, facts: readonly Fact[]): Fact[] {
	const side = askedSide(question);
	if (!side) return [];
	return facts.filter((fact) => {
		// "838,215 voted Yes": the side may be written inside the count's own words.
		const own = fact.source.quote.slice(fact.span[0], fact.span[1]).replace(/^[^\p{L}]*/u, '');
		const after =
			`${own}${fact.source.quote.slice(fact.span[1], fact.span[1] + SIDE_CHARS)}`.split(/[,;]|\.\s|\band\b/u)[0] ?? '';
		const against = AGAINST.test(after);
		const forIt = FOR.test(after);
		return side === 'against' ? against && !forIt : forIt && !against;
	});
}
