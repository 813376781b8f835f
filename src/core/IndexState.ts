import type { Mention } from './findMentions.ts';
import type { Fact, Report } from './types.ts';

/** Bumped whenever the shape of IndexState or the way the index is built changes; older states are rebuilt. */
export const INDEX_STATE_VERSION = 1;

/** A fact as stored: its source is the index of its sentence. */
export type StoredFact = Omit<Fact, 'source'> & { source: number };

/**
 * A built index as plain data (JSON- and structured-clone-safe), compact enough to persist and to send between
 * threads: the reports, their sentences with their tokens, mentions and facts. Lookup tables are rebuilt.
 */
export interface IndexState {
	version: number;
	reports: Report[];
	/** Distinct token words and, at the same position, their stems. */
	words: string[];
	stems: string[];
	/** Per sentence: [paragraph index, start, end, then word position, start, end of each token]. */
	sentences: number[][];
	/** Quotes that are not the paragraph's text between start and end, by sentence index. */
	quotes: Record<number, string>;
	mentions: Mention[][];
	facts: StoredFact[];
}

/**
 * A cheap check that `value` looks like an IndexState of this version (top-level fields only).
 *
 * @example
 * isIndexState(JSON.parse(text)); // false for anything written by another version
 */
export function isIndexState(value: unknown): value is IndexState {
	if (typeof value !== 'object' || value === null) return false;
	const state = value as Record<string, unknown>;
	return (
		state.version === INDEX_STATE_VERSION &&
		['reports', 'words', 'stems', 'sentences', 'mentions', 'facts'].every((key) => Array.isArray(state[key])) &&
		typeof state.quotes === 'object' &&
		state.quotes !== null
	);
}
