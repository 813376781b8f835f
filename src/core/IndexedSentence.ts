import type { Token } from './tokenize.ts';
import type { SourceRef } from './types.ts';

/** One sentence as the answering code reads it, made from the flat index when asked for (see Corpus.sentence). */
export interface IndexedSentence {
	/** Position in the corpus's sentences. */
	index: number;
	/** Position of the paragraph in the corpus's paragraphs. */
	paragraphIndex: number;
	ref: SourceRef;
	tokens: Token[];
	/** Content stems with their counts, in the order they first occur. */
	terms: Map<string, number>;
	length: number;
}
