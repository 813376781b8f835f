import type { TokenisedSentence } from './buildCorpus.ts';
import { buildCorpusSteps } from './buildCorpusSteps.ts';
import type { IndexState } from './IndexState.ts';
import type { ReportIndex } from './indexReports.ts';
import type { Steps } from './runSteps.ts';
import type { Fact } from './types.ts';

/** How many sentences or facts make one step. */
const SENTENCES_PER_STEP = 100;
const FACTS_PER_STEP = 500;

/**
 * restoreIndex step by step: yields after every few sentences, each report and every few facts, so a large
 * index can be restored without holding the thread for long. Throws, like restoreIndex, on a state whose parts
 * do not fit together.
 *
 * @example
 * const index = runSteps(restoreIndexSteps(state)); // equal to restoreIndex(state)
 */
export function* restoreIndexSteps(state: IndexState): Steps<ReportIndex> {
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
		if (index % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
	}
	let paragraphIndex = 0;
	const corpus = yield* buildCorpusSteps(state.reports, (report, _, p) => {
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
		if (facts.length % FACTS_PER_STEP === 0) yield;
	}
	return { corpus, mentions: state.mentions, facts };
}
