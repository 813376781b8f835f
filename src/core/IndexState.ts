import type { CorpusData } from './CorpusData.ts';
import type { MentionData } from './MentionTable.ts';
import type { TypoTable } from './TypoTable.ts';
import type { Fact, Report } from './types.ts';

/** Bumped whenever the shape of IndexState or the way the index is built changes; older states are rebuilt. */
export const INDEX_STATE_VERSION = 69;

/** A fact as stored: its source is the index of its sentence. */
export type StoredFact = Omit<Fact, 'source'> & { source: number };

/**
 * A built index as plain data (structured-clone-safe; encodeIndexState writes it as binary): the reports, the
 * corpus's and the mentions' flat arrays, the facts other than claims (every sentence's claim is rebuilt from the
 * sentence) and the typo table. Lookup tables are rebuilt.
 */
export interface IndexState {
	version: number;
	reports: Report[];
	corpus: CorpusData;
	mentions: MentionData;
	facts: StoredFact[];
	/** The typo corrector's deletion table, so a start-up need not file half a million words' deletions again. */
	typos: TypoTable;
}

/**
 * A cheap check that `value` looks like an IndexState of this version (top-level fields only; restoring checks
 * that the parts fit).
 *
 * @example
 * isIndexState(decodeIndexState(bytes)); // false for anything written by another version
 */
export function isIndexState(value: unknown): value is IndexState {
	if (typeof value !== 'object' || value === null) return false;
	const state = value as Record<string, unknown>;
	const isObject = (v: unknown) => typeof v === 'object' && v !== null;
	return (
		state.version === INDEX_STATE_VERSION &&
		Array.isArray(state.reports) &&
		Array.isArray(state.facts) &&
		isObject(state.corpus) &&
		isObject(state.mentions) &&
		isObject(state.typos)
	);
}
