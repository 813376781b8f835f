import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/** Where a sentence joins clauses of their own: ", and", ", but", ", while", a semicolon (not a dash: an aside). */
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas)\s+|;\s+/gu;

/**
 * Whether the date picked stands in a clause that holds none of the question's words while another clause holds
 * some: "Schools … will remain closed until at least Wednesday, and train services on the coastal line … were
 * suspended" for "when will the coastal train line reopen" (the schools' date, not the line's).
 *
 * @example
 * otherClauseDate(new Set(['train', 'line']), sentence, tokens, picked); // true for the schools' "Wednesday"
 */
export function otherClauseDate(
	asked: ReadonlySet<string>,
	sentence: string,
	tokens: readonly Token[],
	picked: AnswerPhrase,
): boolean {
	const joins = [...sentence.matchAll(CLAUSE_JOIN)].map((m) => m.index);
	if (joins.length === 0) return false;
	const bounds = [0, ...joins, sentence.length];
	const clause = bounds.findIndex((start, i) => picked.start >= start && picked.start < (bounds[i + 1] ?? 0));
	const holds = (i: number) =>
		tokens.some((t) => t.start >= (bounds[i] ?? 0) && t.start < (bounds[i + 1] ?? 0) && asked.has(t.stem));
	if (clause < 0 || holds(clause)) return false;
	return bounds.slice(0, -1).some((_, i) => i !== clause && holds(i));
}
