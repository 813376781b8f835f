/**
 * How much of one sentence answering a question looks at. A news sentence has a few dozen words; a report can
 * hold one of 100,000 numbers, and each question would otherwise scan it whole, for every candidate sentence.
 * Past these limits the rest of the sentence is still indexed, quoted and found, but not searched for the phrase.
 */
export const SENTENCE_LIMITS = {
	/** Tokens searched for the question's words and word pairs. */
	tokens: 2_000,
	/** Mentions (numbers, dates, names, quotes) and counts considered as the short answer. */
	mentions: 500,
	/** Characters searched for contradictions (opposite words, numbers the question names). */
	chars: 20_000,
} as const;
