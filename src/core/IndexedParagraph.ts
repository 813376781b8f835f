/** One paragraph as the answering code reads it, made from the flat index when asked for (see Corpus.paragraph). */
export interface IndexedParagraph {
	report: string;
	/** Position of the report in Corpus.reports. */
	reportIndex: number;
	paragraph: number;
	sentences: number[];
	terms: Map<string, number>;
	length: number;
}
