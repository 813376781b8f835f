/** What the engine knows of one candidate sentence beyond the ranking itself, found while re-ranking. */
export interface CandidateSigns {
	/** Holds a mention of the kind asked for (a number for "how many"…). */
	typed: boolean;
	/** Names a person by the role the question asks about. */
	personByRole: boolean;
	/** How well its counts fit a "how many" question, 0..1 (1 when not a count question). */
	countFit: number;
	/** Pairs of the question's words it holds side by side. */
	sharedPairs: number;
}
