import type { CorpusData } from './CorpusData.ts';
import { spread } from './corpusViews.ts';
import { invertLists, mergeLists, type Postings, type TermLists } from './termLists.ts';
import { STOPWORDS } from './tokenize.ts';

/** What a corpus derives from its stored arrays when it is built or restored (nothing of it is stored). */
export interface DerivedCorpus {
	sentenceParagraph: Uint32Array;
	paragraphReport: Uint32Array;
	/** Content tokens of each sentence and paragraph (BM25's document length). */
	sentenceLength: Uint32Array;
	paragraphLength: Uint32Array;
	averageSentenceLength: number;
	averageParagraphLength: number;
	/** Sentences, paragraphs and reports each term occurs in, with its count there. */
	sentencePostings: Postings;
	paragraphPostings: Postings;
	reportPostings: Postings;
	/** Each paragraph's terms: its sentences' terms, counts summed. */
	paragraphTerms: TermLists;
}

/**
 * The lookups of a corpus from its arrays: where each sentence and paragraph belongs, document lengths, the
 * paragraphs' and reports' term lists and the postings of all three (counting sorts, no objects).
 *
 * @example
 * deriveCorpus(data).sentencePostings.offsets; // df of term t: offsets[t + 1] - offsets[t]
 */
export function deriveCorpus(data: CorpusData): DerivedCorpus {
	const { terms, reportParagraphs, paragraphSentences } = data;
	const sentenceCount = data.sentenceStart.length;
	const sentenceParagraph = spread(paragraphSentences, sentenceCount);
	const paragraphReport = spread(reportParagraphs, paragraphSentences.length - 1);
	const stop = Uint8Array.from(data.words, (w) => (STOPWORDS.has(w) ? 1 : 0));
	const sentenceLength = new Uint32Array(sentenceCount);
	const paragraphLength = new Uint32Array(paragraphSentences.length - 1);
	for (let s = 0; s < sentenceCount; s++) {
		let length = 0;
		for (let k = data.sentenceTokens[s] ?? 0; k < (data.sentenceTokens[s + 1] ?? 0); k++)
			length += 1 - (stop[data.tokenWord[k] ?? 0] ?? 0);
		sentenceLength[s] = length;
		const p = sentenceParagraph[s] ?? 0;
		paragraphLength[p] = (paragraphLength[p] ?? 0) + length;
	}
	const mean = (values: Uint32Array) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1);
	const sentenceTerms = { offsets: data.sentenceTerms, ids: data.termIds, counts: data.termCounts };
	const paragraphTerms = mergeLists(sentenceTerms, paragraphSentences, terms.length);
	const reportTerms = mergeLists(paragraphTerms, reportParagraphs, terms.length);
	return {
		sentenceParagraph,
		paragraphReport,
		sentenceLength,
		paragraphLength,
		averageSentenceLength: mean(sentenceLength),
		averageParagraphLength: mean(paragraphLength),
		sentencePostings: invertLists(sentenceTerms, terms.length),
		paragraphPostings: invertLists(paragraphTerms, terms.length),
		reportPostings: invertLists(reportTerms, terms.length),
		paragraphTerms,
	};
}
