import { Corpus } from './Corpus.ts';
import { factId, NO_CONFLICTS } from './extractFacts.ts';
import type { IndexState, StoredFact } from './IndexState.ts';
import type { ReportIndex } from './indexReports.ts';
import { MentionTable } from './MentionTable.ts';
import type { Fact } from './types.ts';

/**
 * Rebuilds the index serialiseIndex saved, without tokenising or extracting again: the flat arrays are used as
 * they are, and each sentence's claim is put back after its other facts. Throws on a state whose parts do not fit
 * together (the caller then builds afresh).
 *
 * @example
 * const index = restoreIndex(decodeIndexState(bytes));
 * createFactdesk(index.corpus.reports, {}, index).ask('How many drones were shot down?');
 */
export function restoreIndex(state: IndexState): ReportIndex {
	const corpus = new Corpus(state.reports, state.corpus, state.typos);
	const mentions = new MentionTable(state.mentions, (s) => corpus.quote(s), corpus.sentenceCount);
	const facts: Fact[] = [];
	let next = 0;
	for (let s = 0; s < corpus.sentenceCount; s++) {
		const source = corpus.ref(s);
		let k = 0;
		for (; next < state.facts.length && (state.facts[next] as StoredFact).source === s; next++, k++) {
			const stored = state.facts[next] as StoredFact;
			facts.push({ ...stored, source, conflicts: stored.conflicts.length ? stored.conflicts : NO_CONFLICTS });
		}
		const claim: Fact = {
			id: factId(source, k),
			kind: 'claim',
			text: source.quote,
			span: [0, source.quote.length],
			source,
			conflicts: NO_CONFLICTS,
		};
		facts.push(claim);
	}
	const left = state.facts[next];
	if (left) throw new Error(`fact ${left.id}: unknown or out-of-order sentence ${left.source}`);
	return { corpus, mentions, facts };
}
