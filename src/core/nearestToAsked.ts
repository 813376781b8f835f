import type { Mention } from './findMentions.ts';
import type { Token } from './tokenize.ts';

/** Where a clause ends: a comma, semicolon or colon, or "and", "but", "while" between clauses. */
const CLAUSE_BOUND = /[,;:]\s|\s(?:and|but|while|whereas)\s/gu;
/** A clause that belongs to the one before it: a relative clause (", who took…") or an age (", 63"). */
const OF_NAME_BEFORE = /^,\s+(?:(?:who|whose|which)\b|\d{1,3}\s*$)/u;
/** What a name counts for against another word of the question, when clauses are weighed. */
const NAME_WEIGHT = 2;

/**
 * Of several figures of a sentence, the one the question asks about: the one in the clause (between commas,
 * semicolons, "and", "while"…) that holds most of the question's words, a name counting more ("while Japan offered ¥1.5 trillion"
 * for "how much did japan pledge", not "The EU pledged €40 billion"), then the one nearest the names (or words).
 *
 * @example
 * nearestToAsked(sentence, amounts, tokens, new Set(['japan', 'pledg']))?.text; // '¥1.5 trillion'
 */
export function nearestToAsked(
	sentence: string,
	figures: readonly Mention[],
	tokens: readonly Token[],
	asked: ReadonlySet<string>,
): Mention | undefined {
	if (figures.length <= 1) return figures[0];
	const words = tokens.filter((t) => asked.has(t.stem));
	// A word the sentence writes with a capital, past its first, is a name: whose figure it is weighs most.
	const names = words.filter((t) => t.start > 0 && /^\p{Lu}/u.test(sentence.slice(t.start, t.end)));
	const anchors = names.length ? names : words;
	const gap = (t: Token, m: Mention) => (t.start >= m.end ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0);
	const distance = (m: Mention) => Math.min(Number.MAX_SAFE_INTEGER, ...anchors.map((t) => gap(t, m)));
	const bounds = [0, ...[...sentence.matchAll(CLAUSE_BOUND)].map((b) => b.index), sentence.length];
	// "Henrik Baumann, 63, who took 41.5 percent": a relative clause, past an age, is of the name before it.
	const clause = (at: number) => {
		let found = bounds.findIndex((b) => b > at);
		while (found > 1 && OF_NAME_BEFORE.test(sentence.slice(bounds[found - 1], bounds[found]))) found--;
		return found;
	};
	const weight = (m: Mention) =>
		words.filter((t) => clause(t.start) === clause(m.start)).length +
		NAME_WEIGHT * names.filter((t) => clause(t.start) === clause(m.start)).length;
	const score = (m: Mention) => weight(m) * sentence.length - distance(m);
	return figures.reduce((a, b) => (score(b) > score(a) ? b : a));
}
