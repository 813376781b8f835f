/**
 * Roles a "who" question may ask by their word, and the words a sentence must write to tell who holds one: "who is
 * the school's insurer" needs "insured", "insurance" or "underwriter"; "who was driving the bus" needs a driver.
 */
const ROLES: readonly (readonly [RegExp, RegExp])[] = [
	[/\binsur(?:er|ers|ed|ance)\b/iu, /\b(?:insur\w*|underwrit\w*|reinsur\w*)\b/iu],
	[
		/\b(?:lawyer|lawyers|solicitor|solicitors|attorney|attorneys|barrister|barristers)\b/iu,
		/\b(?:lawyers?|solicitors?|attorneys?|barristers?|counsel|represent\w*|legal|advocates?|prosecut\w*)\b/iu,
	],
	[/\bprosecut(?:or|ors|ing)\b/iu, /\b(?:prosecut\w*|crown|attorney|procurator)\b/iu],
	[
		/\bwho\s+(?:was|is|were)\s+(?:driving|flying|piloting|steering|at\s+the\s+(?:wheel|controls))\b/iu,
		/\b(?:driv\w*|pilot\w*|fl(?:ew|ying|own)|steer\w*|wheel|controls|captain\w*|skipper\w*|motorist|chauffeur)\b/iu,
	],
];

/**
 * Whether a "who" question asks a role by its word ("who is the orchestra's insurer?", "who was driving the bus?") of a
 * sentence that writes no word of that role: its names hold another.
 *
 * @example
 * roleWordUnsaid("who is the school's insurer", 'Reverend Timothy Ashcombe said the repairs would take weeks.'); // true
 */
export function roleWordUnsaid(question: string, sentence: string): boolean {
	if (!/^\s*who\b/iu.test(question)) return false;
	return ROLES.some(([asked, told]) => asked.test(question) && !told.test(sentence));
}
