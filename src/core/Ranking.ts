import type { RankedSentence } from './rankSentences.ts';

/** The candidates of a question in the order the engine ranks them, and how sure it is of the top one. */
export interface Ranking {
	/** Candidates, best first. */
	ranked: RankedSentence[];
	/** How sure the engine is that ranked[0] answers the question, 0..1. */
	confidence: number;
	/** How sure it would be that the candidate at a position answers (learned model only). */
	confidenceAt?: (position: number) => number;
}
