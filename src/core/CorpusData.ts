import type { WordTable } from './VocabularyBuilder.ts';

/**
 * The index of the reports' sentences as flat typed arrays (the layout the cache stores as it is): no object per
 * sentence, token or posting. "Offsets" arrays have one entry more than the things they divide: the items of thing i
 * are at offsets[i] up to offsets[i + 1].
 */
export interface CorpusData extends WordTable {
	/** Paragraphs of each report (offsets into the paragraphs, by report index). */
	reportParagraphs: Uint32Array;
	/** Sentences of each paragraph (offsets into the sentences, by paragraph index). */
	paragraphSentences: Uint32Array;
	/** Character span of each sentence in its paragraph. */
	sentenceStart: Uint32Array;
	sentenceEnd: Uint32Array;
	/** Tokens of each sentence (offsets), and each token's word id and character span in its sentence. */
	sentenceTokens: Uint32Array;
	tokenWord: Uint32Array;
	tokenStart: Uint32Array;
	tokenEnd: Uint32Array;
	/** Terms of each sentence (offsets) in the order they first occur there, with their counts there. */
	sentenceTerms: Uint32Array;
	termIds: Uint32Array;
	termCounts: Uint32Array;
}

/** The names of CorpusData's typed arrays, in the order the cache writes them. */
export const CORPUS_ARRAYS = [
	'wordTerm',
	'reportParagraphs',
	'paragraphSentences',
	'sentenceStart',
	'sentenceEnd',
	'sentenceTokens',
	'tokenWord',
	'tokenStart',
	'tokenEnd',
	'sentenceTerms',
	'termIds',
	'termCounts',
] as const satisfies readonly (keyof CorpusData)[];
