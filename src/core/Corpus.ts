import type { Token } from './tokenize.ts';
import type { Report, SourceRef } from './types.ts';

export interface IndexedSentence {
	/** Position in Corpus.sentences. */
	index: number;
	/** Position of the paragraph in Corpus.paragraphs. */
	paragraphIndex: number;
	ref: SourceRef;
	tokens: Token[];
	/** Content stems with their counts. */
	terms: Map<string, number>;
	length: number;
}

export interface Posting {
	/** Index into Corpus.sentences or Corpus.paragraphs. */
	at: number;
	count: number;
}

export interface IndexedParagraph {
	report: string;
	/** Position of the report in Corpus.reports. */
	reportIndex: number;
	paragraph: number;
	sentences: number[];
	terms: Map<string, number>;
	length: number;
}

/** Reports split into sentences and paragraphs, tokenised once, with document frequencies for BM25. */
export interface Corpus {
	reports: Report[];
	sentences: IndexedSentence[];
	paragraphs: IndexedParagraph[];
	/** Sentences each stem occurs in, with its count there; the list's length is the document frequency. */
	sentencePostings: Map<string, Posting[]>;
	/** Paragraphs each stem occurs in, with its count there. */
	paragraphPostings: Map<string, Posting[]>;
	averageSentenceLength: number;
	averageParagraphLength: number;
	/** Reports each stem occurs in (by report index), with its count there. */
	reportPostings: Map<string, Posting[]>;
	/** Reports whose title holds each stem. */
	titleStems: Map<string, number[]>;
	/** Every surface word of the reports (lowercased), for typo correction. */
	words: Set<string>;
	/** Score arrays reused by every question (all zero between questions), so answering makes little garbage. */
	scratch: { sentenceScores: Float64Array; paragraphScores: Float64Array };
}

/** A sentence of a paragraph with its character span and its tokens, before it is indexed. */
export interface TokenisedSentence {
	text: string;
	start: number;
	end: number;
	tokens: Token[];
}

/** Gives the sentences of paragraph `paragraph` (0-based) of the report at `reportIndex`. */
export type SentenceSource = (report: Report, reportIndex: number, paragraph: number) => TokenisedSentence[];
