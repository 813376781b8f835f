import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/** Where a sentence joins clauses of their own: ", and", ", but", ", while", a semicolon (not a dash: an aside). */
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas)\s+|;\s+/gu;
/**
 * Those and "and" before a modal that opens a second predicate, for dates: "had asked for a meeting … and would raise
 * it next week" (a figure's noun may stand in the other: "due to open … and will employ about 800 people").
 */
const DATE_CLAUSE_JOIN = /,\s+(?:and|but|while|whereas)\s+|;\s+|\s+and\s+(?=(?:would|will|could|might|should)\s)/gu;

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
	return askedClause(asked, sentence, tokens, picked, DATE_CLAUSE_JOIN) !== undefined;
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
	join: RegExp = CLAUSE_JOIN,
): readonly [number, number] | undefined {
	const joins = [...sentence.matchAll(join)].map((m) => m.index);
	if (joins.length === 0) return undefined;
	const bounds = [0, ...joins, sentence.length];
	const spans = bounds.slice(0, -1).map((start, i) => [start, bounds[i + 1] ?? sentence.length] as const);
	const holds = ([start, end]: readonly [number, number]) =>
		tokens.some((t) => t.start >= start && t.start < end && asked.has(t.stem));
	const own = spans.find(([start, end]) => picked.start >= start && picked.start < end);
	if (!own || holds(own)) return undefined;
	return spans.find(holds);
}
