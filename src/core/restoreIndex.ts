import { buildCorpus } from './buildCorpus.ts';
import type { TokenisedSentence } from './Corpus.ts';
import type { IndexState } from './IndexState.ts';
import type { ReportIndex } from './indexReports.ts';
import type { Fact } from './types.ts';

/**
 * Rebuilds the index serialiseIndex saved, without tokenising or extracting again. Throws on a state whose
 * parts do not fit together (the caller then builds afresh).
 *
 * @example
 * const index = restoreIndex(JSON.parse(cachedText));
 * createFactdesk(index.corpus.reports, {}, index).ask('How many drones were shot down?');
 */
export function restoreIndex(state: IndexState): ReportIndex {
	const byParagraph: TokenisedSentence[][] = [];
	for (const [index, row] of state.sentences.entries()) {
		const [paragraphIndex = -1, start = 0, end = 0] = row;
		const tokens: TokenisedSentence['tokens'] = [];
		for (let k = 3; k + 2 < row.length; k += 3) {
			const at = row[k] ?? -1;
			const word = state.words[at];
			const stem = state.stems[at];
			if (word === undefined || stem === undefined) throw new Error(`sentence ${index}: unknown word ${at}`);
			tokens.push({ word, stem, start: row[k + 1] ?? 0, end: row[k + 2] ?? 0 });
		}
		const sentences = byParagraph[paragraphIndex] ?? [];
		byParagraph[paragraphIndex] = sentences;
		sentences.push({ text: state.quotes[index] ?? '', start, end, tokens });
	}
	let paragraphIndex = 0;
	const corpus = buildCorpus(state.reports, (report, _, p) => {
		const sentences = byParagraph[paragraphIndex++] ?? [];
		const text = report.paragraphs[p] ?? '';
		for (const s of sentences) if (!s.text) s.text = text.slice(s.start, s.end);
		return sentences;
	});
	if (corpus.sentences.length !== state.sentences.length || state.mentions.length !== corpus.sentences.length)
		throw new Error('the stored sentences do not match the reports');
	const facts: Fact[] = [];
	for (const stored of state.facts) {
		const source = corpus.sentences[stored.source]?.ref;
		if (!source) throw new Error(`fact ${stored.id}: unknown sentence ${stored.source}`);
		facts.push({ ...stored, source });
	}
	return { corpus, mentions: state.mentions, facts };
}
