import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Corpus } from './Corpus.ts';
import type { MatchOptions } from './options.ts';
import { reportAffinity } from './reportAffinity.ts';

export interface RankedSentence {
	index: number;
	score: number;
	/** Share of the question's weight (by idf) found in the sentence, 0..1. */
	coverage: number;
	/** Share found in the sentence or elsewhere in its paragraph, 0..1. */
	contextCoverage: number;
	/** BM25 of the sentence alone. */
	sentenceScore: number;
	/** BM25 of its paragraph. */
	paragraphScore: number;
	/** How much its report is about the question, 0..1. */
	affinity: number;
}

function idf(n: number, df: number): number {
	return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Scores sentences against a question with BM25 over sentences plus a share of their paragraph's BM25,
 * so a sentence that says "they" still scores when its paragraph names who "they" are. With `onlyReport`, only
 * the sentences of that report (by index) are ranked.
 *
 * @example
 * rankSentences(corpus, analyseQuestion('how many drones were shot down', context), DEFAULT_OPTIONS)[0];
 * // { index: 11, score: 9.3, coverage: 1, contextCoverage: 1 }
 */
export function rankSentences(
	corpus: Corpus,
	question: AnalysedQuestion,
	options: MatchOptions,
	limit = Number.POSITIVE_INFINITY,
	onlyReport?: number,
): RankedSentence[] {
	const { k1, b } = options;
	const n = corpus.sentenceCount;
	const np = corpus.paragraphCount;
	// Dense arrays reused between questions, not maps: at 1,000 reports a common word touches thousands of
	// sentences, and a fresh array each time is garbage the collector has to stop for.
	const { sentenceScores, paragraphScores, touchedSentences: touched, touchedParagraphs } = corpus.scratch;
	let touchedCount = 0;
	let touchedParagraphCount = 0;
	const { sentenceLength, paragraphLength, averageSentenceLength, averageParagraphLength } = corpus;
	const slotIdf = new Array<number>(question.slots).fill(0);
	for (const term of question.terms) {
		const t = corpus.termId(term.stem);
		const postings = corpus.sentencePostings;
		const from = t < 0 ? 0 : (postings.offsets[t] ?? 0);
		const to = t < 0 ? 0 : (postings.offsets[t + 1] ?? 0);
		const w = idf(n, to - from);
		// A word the reports never use may be chat or a typo: it counts, but less than the rarest word they use.
		if (term.weight === 1) slotIdf[term.slot] = to > from ? w : w * options.unknownWordWeight;
		for (let k = from; k < to; k++) {
			const at = postings.at[k] ?? 0;
			const count = postings.count[k] ?? 0;
			const length = sentenceLength[at] ?? 0;
			const norm = (count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / averageSentenceLength));
			if (sentenceScores[at] === 0) touched[touchedCount++] = at;
			sentenceScores[at] = (sentenceScores[at] ?? 0) + term.weight * w * norm;
		}
		const inParagraphs = corpus.paragraphPostings;
		const pFrom = t < 0 ? 0 : (inParagraphs.offsets[t] ?? 0);
		const pTo = t < 0 ? 0 : (inParagraphs.offsets[t + 1] ?? 0);
		const pw = idf(np, pTo - pFrom);
		for (let k = pFrom; k < pTo; k++) {
			const at = inParagraphs.at[k] ?? 0;
			const count = inParagraphs.count[k] ?? 0;
			const length = paragraphLength[at] ?? 0;
			const norm = (count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / averageParagraphLength));
			if (paragraphScores[at] === 0) touchedParagraphs[touchedParagraphCount++] = at;
			paragraphScores[at] = (paragraphScores[at] ?? 0) + term.weight * pw * norm;
		}
	}
	const totalIdf = slotIdf.reduce((sum, v) => sum + v, 0) || 1;
	const affinity = reportAffinity(corpus, question, slotIdf, totalIdf, options.titleBonus);
	const top = new TopK(limit);
	for (let i = 0; i < touchedCount; i++) {
		const index = touched[i] ?? 0;
		const sentenceScore = sentenceScores[index] ?? 0;
		const paragraphIndex = corpus.sentenceParagraph[index] ?? -1;
		const reportIndex = corpus.paragraphReport[paragraphIndex] ?? -1;
		if (onlyReport !== undefined && reportIndex !== onlyReport) continue;
		const score =
			(sentenceScore + options.paragraphWeight * (paragraphScores[paragraphIndex] ?? 0)) *
			(1 - options.reportWeight + options.reportWeight * affinity.of(reportIndex));
		top.add(index, score);
	}
	// Coverage only for the sentences that will be looked at: at 1,000 reports thousands match some word.
	const ranked = top.sorted().map(({ index, score }) => {
		const paragraphIndex = corpus.sentenceParagraph[index] ?? -1;
		const inSentence = new Array<number>(question.slots).fill(0);
		const inContext = new Array<number>(question.slots).fill(0);
		for (const term of question.terms) {
			const gain = term.weight * (slotIdf[term.slot] ?? 0);
			if (corpus.sentenceHas(index, term.stem)) inSentence[term.slot] = Math.max(inSentence[term.slot] ?? 0, gain);
			if (corpus.paragraphHas(paragraphIndex, term.stem))
				inContext[term.slot] = Math.max(inContext[term.slot] ?? 0, gain);
		}
		const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
		return {
			index,
			score,
			coverage: sum(inSentence) / totalIdf,
			contextCoverage: sum(inContext) / totalIdf,
			sentenceScore: sentenceScores[index] ?? 0,
			paragraphScore: paragraphScores[paragraphIndex] ?? 0,
			affinity: affinity.of(corpus.paragraphReport[paragraphIndex] ?? -1),
		};
	});
	for (let i = 0; i < touchedCount; i++) sentenceScores[touched[i] ?? 0] = 0;
	for (let i = 0; i < touchedParagraphCount; i++) paragraphScores[touchedParagraphs[i] ?? 0] = 0;
	affinity.release();
	return ranked;
}

/** The `limit` best (index, score) pairs seen, best first; ties go to the earlier sentence. */
class TopK {
	private readonly items: { index: number; score: number }[] = [];
	constructor(private readonly limit: number) {}

	add(index: number, score: number): void {
		const items = this.items;
		if (!Number.isFinite(this.limit)) {
			items.push({ index, score });
			return;
		}
		if (items.length >= this.limit && !better(index, score, items[items.length - 1])) return;
		let at = items.length;
		while (at > 0 && better(index, score, items[at - 1])) at--;
		items.splice(at, 0, { index, score });
		if (items.length > this.limit) items.pop();
	}

	sorted(): { index: number; score: number }[] {
		return Number.isFinite(this.limit) ? this.items : this.items.sort((a, b) => (better(a.index, a.score, b) ? -1 : 1));
	}
}

function better(index: number, score: number, than: { index: number; score: number } | undefined): boolean {
	return !than || score > than.score || (score === than.score && index < than.index);
}
