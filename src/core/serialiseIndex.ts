import { INDEX_STATE_VERSION, type IndexState, type StoredFact } from './IndexState.ts';
import type { ReportIndex } from './indexReports.ts';
import type { SourceRef } from './types.ts';

/**
 * Turns a built index into plain data that restoreIndex turns back into an equal index.
 *
 * @example
 * const state = serialiseIndex(indexReports(reports));
 * JSON.stringify(state); // persisted, or posted from a worker thread
 */
export function serialiseIndex(index: ReportIndex): IndexState {
	const { corpus } = index;
	const wordAt = new Map<string, number>();
	const words: string[] = [];
	const stems: string[] = [];
	const quotes: Record<number, string> = {};
	const sentenceOf = new Map<SourceRef, number>();
	const sentences = corpus.sentences.map((sentence) => {
		sentenceOf.set(sentence.ref, sentence.index);
		const { start, end, quote } = sentence.ref;
		const paragraph = corpus.paragraphs[sentence.paragraphIndex];
		const report = corpus.reports[paragraph?.reportIndex ?? -1];
		if (report?.paragraphs[sentence.ref.paragraph - 1]?.slice(start, end) !== quote) quotes[sentence.index] = quote;
		const row = [sentence.paragraphIndex, start, end];
		for (const token of sentence.tokens) {
			let at = wordAt.get(token.word);
			if (at === undefined || stems[at] !== token.stem) {
				at = words.length;
				wordAt.set(token.word, at);
				words.push(token.word);
				stems.push(token.stem);
			}
			row.push(at, token.start, token.end);
		}
		return row;
	});
	const refKey = (ref: SourceRef) => `${ref.report}/${ref.paragraph}/${ref.sentence}`;
	const byKey = new Map(corpus.sentences.map((s) => [refKey(s.ref), s.index]));
	const facts = index.facts.map(
		(fact): StoredFact => ({ ...fact, source: sentenceOf.get(fact.source) ?? byKey.get(refKey(fact.source)) ?? -1 }),
	);
	return {
		version: INDEX_STATE_VERSION,
		reports: corpus.reports,
		words,
		stems,
		sentences,
		quotes,
		mentions: index.mentions,
		facts,
	};
}
