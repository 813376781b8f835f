/**
 * Roles a "who" question may ask by their word, and the words a sentence must write to tell who holds one: "who is
 * the school's insurer" needs "insured", "insurance" or "underwriter"; "who was driving the bus" needs a driver.
 */
const ROLES: readonly (readonly [RegExp, RegExp])[] = [
	// "Who owns the Copper Pot?", "whos the landlord": "owner", "family-owned", "bought", "a subsidiary of".
	[
		/^\s*who\s*(?:(?:['’]s|is|are|was|were)\s+)?(?:(?:now|currently|actually)\s+)?(?:owns|owned|own)\b|^\s*who(?:s|['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|its\s+|their\s+)?(?:(?:new|current|original|former|real)\s+)?(?:owners?|landlord|landlady|proprietor)\b/iu,
		/\b(?:own(?:s|ed|er|ers|ership|ing)?|co-own\w*|proprietors?|landlord\w*|landlad\w*|belong\w*|bought|buys|acquired|purchased|subsidiary|parent\s+company|holding\s+company|freehold\w*|leaseholders?|tenants?)\b/iu,
	],
	// "Who makes the turbines?", "who built the bridge originally": "built by", "maker", "supplier", "designed".
	[
		/^\s*who\s+(?:(?:originally|first|actually|now)\s+)?(?:(?:is|was|are|were)\s+)?(?:makes|made|making|manufactures|manufactured|manufacturing|builds|built|building|supplies|supplied|supplying|produces|produced|producing)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b/iu,
		/(?:\b(?:mak(?:e|es|er|ers|ing)|made|manufactur\w*|buil(?:d|ds|der|ders|ding|t)|construct\w*|suppl(?:y|ies|ied|ier|iers|ying)|produc(?:e|es|ed|er|ers|ing|tion)|design\w*|develop\w*|assembl\w*|craft\w*|forg\w*|cast|carved|sewn|stitched|woven|engineer\w*|fitted|install\w*|contract\w*)\b|maker)/iu,
	],
	// "Who paid for the study?", "who's paying for the ballpark": "funded by", "a grant from", a sum of money.
	[
		/^\s*who(?:['’]s|\s+is|\s+was|\s+will)?\s+(?:(?:actually|originally|mostly|mainly)\s+)?(?:paid|pays|paying|pay|funded|funds|funding|fund|financed|finances|financing|sponsored|sponsors|sponsoring|bankrolled|donated)\b/iu,
		/\b(?:pa(?:y|ys|id|ying|yment)|fund\w*|grants?|donat\w*|donors?|financ\w*|sponsor\w*|bankroll\w*|contribut\w*|cost\w*|money|backed|backers?|bills?|footed|covered|invest\w*|budget\w*|bonds?|crowdfund\w*|(?:pounds|euros|dollars|francs|crowns|krona|kronor|yen|rand)|bequest|levy|tax\w*)\b|[£€$¥]/iu,
	],
	[/\binsur(?:er|ers|ed|ance)\b/iu, /\b(?:insur\w*|underwrit\w*|reinsur\w*)\b/iu],
	[
		/\b(?:lawyer|lawyers|solicitor|solicitors|attorney|attorneys|barrister|barristers)\b/iu,
		/\b(?:lawyers?|solicitors?|attorneys?|barristers?|counsel|represent\w*|legal|advocates?|prosecut\w*)\b/iu,
	],
	[/\bprosecut(?:or|ors|ing)\b/iu, /\b(?:prosecut\w*|crown|attorney|procurator)\b/iu],
	// "Who directed the gala performance?": "director", "directed by", "staged".
	[
		/^\s*who\s+(?:(?:is|was|will\s+be)\s+)?direct(?:s|ed|ing)\b/iu,
		/\b(?:direct\w*|stag(?:ed|es|ing)|film\w*|helm\w*)\b/iu,
	],
	// "Who was player of the match?": the award's words.
	[
		/\b(?:player|man|woman)\s+of\s+the\s+(?:match|game|tournament|series)\b/iu,
		/\bof\s+the\s+(?:match|game|tournament|series)\b|\baward\w*|\bnamed\b|\bvoted\b/iu,
	],
	// "Who scored the equaliser?": "scored", "goal", "netted", "header", "penalty".
	[
		/^\s*who\s+(?:(?:has|had)\s+)?scor(?:ed|es|ing)\b/iu,
		/\b(?:scor\w*|goals?|netted|nets|struck|strike|header|headed|penalt\w*|equalis\w*|equaliz\w*|winner|tries|try|touchdown\w*|runs?|points?|baskets?|hat-trick)\b/iu,
	],
	// "Who coached Desmond Achebe?": "coach", "trainer", "trained by", "mentor".
	[/\bcoach(?:es|ed|ing)?\b/iu, /\b(?:coach\w*|train(?:er|ers|ed|s|ing)|mentor\w*|tutor\w*|taught|manag\w*)\b/iu],
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
	if (!/^\s*who(?:s|['’]s)?\b/iu.test(question)) return false;
	return ROLES.some(([asked, told]) => asked.test(question) && !told.test(sentence));
}
