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

/**
 * The span of the clause that holds the question's words where the figure picked stands in another (see
 * otherClauseDate): the first such clause; undefined where the figure's own clause holds some, or none does.
 */
export function askedClause(
	asked: ReadonlySet<string>,
	sentence: string,
	tokens: readonly Token[],
	picked: AnswerPhrase,
): readonly [number, number] | undefined {
	if (!otherClauseDate(asked, sentence, tokens, picked)) return undefined;
	const bounds = [0, ...[...sentence.matchAll(CLAUSE_JOIN)].map((m) => m.index), sentence.length];
	for (let i = 0; i + 1 < bounds.length; i++) {
		const [start, end] = [bounds[i] ?? 0, bounds[i + 1] ?? 0];
		if (tokens.some((t) => t.start >= start && t.start < end && asked.has(t.stem))) return [start, end];
	}
	return undefined;
}
