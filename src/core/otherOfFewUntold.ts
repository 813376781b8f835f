/** "Who was the other councillor that voted against?": one more of a few, besides one the reader knows. */
const ASKS_OTHER = /^\s*who\b.*\bthe\s+other\s+(?:(?:two|three|four)\s+)?\p{L}/iu;
/** One member of a few named by the sentence: "one of the two members who voted against", "one of whom, Callum". */
const ONE_OF_FEW = /\bone\s+of\s+(?:the\s+|its\s+|their\s+)?(?:two|three|four|whom|them)\b/iu;
/** The rest told too: "the other, Mia Kovač", "another, Ada Nwosu". */
const REST_TOLD = /\b(?:the\s+other|another|the\s+others|and\s+the\s+second)\b/iu;

/**
 * Whether "who is the other X?" is asked of a sentence that names only one of the few ("Councillor Peter Hallam, one
 * of the two committee members who voted against, said…"): the one named is the one known, the other is untold.
 *
 * @example
 * otherOfFewUntold('who was the other councillor that voted against', 'Peter Hallam, one of the two members who voted against, spoke.'); // true
 */
export function otherOfFewUntold(question: string, sentence: string): boolean {
	return ASKS_OTHER.test(question) && ONE_OF_FEW.test(sentence) && !REST_TOLD.test(sentence);
}
