import { INDEX_STATE_VERSION, type IndexState, type StoredFact } from './IndexState.ts';
import type { ReportIndex } from './indexReports.ts';
import { DEFAULT_OPTIONS } from './options.ts';

/**
 * Turns a built index into plain data that restoreIndex turns back into an equal index: the flat arrays as they
 * are (no copy), the facts with their sentence's index for a source, claims left out (restoring rebuilds them),
 * and the typo corrector's deletion table (built here if no question needed it yet, and kept for the engine).
 *
 * @example
 * const state = serialiseIndex(indexReports(reports));
 * encodeIndexState(state); // persisted, or posted from a worker thread as it is
 */
export function serialiseIndex(index: ReportIndex): IndexState {
	const { corpus } = index;
	const facts: StoredFact[] = [];
	for (const fact of index.facts)
		if (fact.kind !== 'claim') facts.push({ ...fact, source: corpus.sentenceAt(fact.source) });
	return {
		version: INDEX_STATE_VERSION,
		reports: corpus.reports,
		corpus: corpus.data,
		mentions: index.mentions.data,
		facts,
		typos: corpus.typoIndex(DEFAULT_OPTIONS.typoMinLength).table,
	};
}
