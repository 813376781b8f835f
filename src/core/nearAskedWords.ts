import { TIME_UNIT } from './expectedMentions.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';

/** Characters over which a word's pull on a figure halves: "currently holds 1,640" pulls hard, the sentence's opening less. */
const HALF_PULL_CHARS = 12;
/** How far from a figure a word of the question still counts for it. */
const PULL_CHARS = 60;
/** How far apart a comma or dash sets a word from a figure, over its characters: "coins, of which divers recovered". */
const CLAUSE_CHARS = 15;
/** A word that dates a figure ("since the flood", "before the merger"), which laterLevel and otherPeriod weigh. */
const PERIOD_BEFORE =
	/\b(?:since|before|after|until|till|prior\s+to)\s+(?:(?:the|its|their|this|that|last|next)\s+)?$/iu;
/**
 * What ends a clause between a word and a figure: "Okonkwo gained 734 votes and Hesketh gained 581"; "nine films
 * directed by women out of 22" (a whole). */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:and|but|while|whereas|out\s+of)\b/giu;
/** How much more the strongest pull must be than the next one's to decide between counts. */
const PULL_MARGIN = 1.25;

/**
 * Of counts that fit a question alike (`tied`, among all the sentence's `facts`), the one the question's other words
 * stand nearest to: each word of the question in the sentence, but the nouns counted, pulls on the figure nearest to
 * it, the harder the nearer. "how many prisoners does blackmoor hold now" of "built for 1,100 prisoners but currently
 * holds 1,640": 1,640. Undefined when no count is pulled clearly harder than the others.
 */
export function nearAskedWords(
	facts: readonly Fact[],
	tied: readonly Fact[],
	asked: ReadonlySet<string>,
	nouns: readonly string[],
): Fact | undefined {
	const quote = tied[0]?.source.quote;
	if (!quote || tied.some((f) => f.source.quote !== quote)) return undefined;
	// Any figure of the sentence draws its own words: "1,800 rivets and 96 plates have had to be replaced".
	const spans: (readonly [number, number, Fact | undefined])[] = facts
		.filter((f) => f.source.quote === quote)
		.map((f) => [f.span[0], f.span[1], f] as const);
	for (const figure of quote.matchAll(/\d[\d,.]*/gu))
		if (!spans.some(([s, e]) => figure.index < e && figure.index + figure[0].length > s))
			spans.push([figure.index, figure.index + figure[0].length, undefined]);
	const pull = new Map<Fact, number>();
	for (const word of quote.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
		// "this year" and "last year" tell periods apart, which otherPeriod weighs; a period's words pull on no figure.
		if (TIME_UNIT.test(` ${word[0]}`) || PERIOD_BEFORE.test(quote.slice(0, word.index))) continue;
		const stems = contentStems(word[0]).filter((s) => asked.has(s) && !nouns.includes(s));
		if (stems.length === 0) continue;
		const start = word.index;
		const end = start + word[0].length;
		// A word within a count ("three open days") tells what it counts, which bestQualified has weighed.
		if (spans.some(([s, e]) => start < e && end > s)) continue;
		let nearest: Fact | undefined;
		let distance = Number.POSITIVE_INFINITY;
		for (const [s, e, fact] of spans) {
			const between = end <= s ? quote.slice(end, s) : quote.slice(e, start);
			const gap = between.length + CLAUSE_CHARS * (between.match(CLAUSE_BREAK)?.length ?? 0);
			if (gap < distance) {
				distance = gap;
				nearest = fact;
			}
		}
		if (!nearest || distance > PULL_CHARS) continue;
		pull.set(nearest, (pull.get(nearest) ?? 0) + 0.5 ** (distance / HALF_PULL_CHARS));
	}
	// "named Borealis One": a number word in capitals is part of a name, no count to prefer.
	const counts = tied.filter((f) => f.span[0] === 0 || !/^\p{Lu}/u.test(quote.slice(f.span[0])));
	const ranked = counts.map((f) => ({ f, p: pull.get(f) ?? 0 })).sort((a, b) => b.p - a.p);
	const [first, second] = ranked;
	return first && first.p > 0 && first.p > PULL_MARGIN * (second?.p ?? 0) ? first.f : undefined;
}
