/** "Who won the derby last year?", "who won it last time", "the previous champion": an earlier edition's winner. */
const ASKS_EARLIER_WINNER =
	/^\s*who\b.*\b(?:won|win|wins|came|took|finished)\b.*\b(?:last\s+(?:year|time|season|edition)|last\s+year['’]?s|the\s+year\s+before|previous(?:\s+(?:year|edition|time))?|(?:a|one)\s+year\s+ago)\b/iu;
/** Words that tell of an earlier edition or its winner: "last year's final", "previous winner", "in 2022", "defending". */
const TELLS_EARLIER =
	/\b(?:last\s+(?:year|time|season|edition)|last\s+year['’]?s|previous\w*|defending|reigning|holders?|title-holders?|former|(?:19|20)\d\d|a\s+year\s+(?:ago|earlier|before)|the\s+year\s+before|retain\w*|again|also\s+won|earlier\s+(?:winner|champion)s?|champions?)\b/iu;

/**
 * Whether "who won X last year?" is asked of a sentence that tells of no earlier edition ("The Lindenfeld Youth
 * Orchestra won first prize on Sunday"): its winner is this year's, not the one asked.
 *
 * @example
 * earlierEditionUnsaid('who won the competition last time', 'Lindenfeld won first prize on Sunday.'); // true
 * earlierEditionUnsaid('who won the competition last time', 'Its previous winner, in 2022, was Riga.'); // false
 */
export function earlierEditionUnsaid(question: string, sentence: string): boolean {
	return ASKS_EARLIER_WINNER.test(question) && !TELLS_EARLIER.test(sentence);
}
