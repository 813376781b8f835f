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
	// "Who is Northpine's CEO?", "who's the boss of Tallis": a chief's words, or a deed of leading or running.
	[
		/\b(?:ceo|chief\s+executive|boss|managing\s+director)\b/iu,
		/\b(?:ceo|chief|executive|boss|head\w*|lead(?:s|er|ers|ing)?|led|run(?:s|ning)?|ran|found\w*|co-found\w*|chair\w*|president|director|managing|own\w*|manag\w*)\b/iu,
	],
	[/\bcaptain\b/iu, /\b(?:captain\w*|skipper\w*|capt|master|command\w*)\b/iu],
	[/\bgovernor\b/iu, /\b(?:governor\w*|head\w*|chief|chair\w*|lead\w*|led|president)\b/iu],
	[/\bmayor\b/iu, /\bmayor\w*\b/iu],
	[/\bpresident\b/iu, /\b(?:presiden\w*|head\w*|lead\w*|chair\w*)\b/iu],
	[/\bmanager\b/iu, /\b(?:manag\w*|boss|head\w*|run\w*|ran|coach\w*|agent|handler)\b/iu],
	// "Who founded Hollis & Dunn?", "who started the fire": a founding, a beginning or a cause.
	[
		/\b(?:founder|co-founder|founded)\b|^\s*who\s+(?:first\s+)?(?:started|set\s+up)\b/iu,
		/\b(?:found\w*|start\w*|set\s+up|creat\w*|establish\w*|launch\w*|began|begun|sparked|caused|lit|set|ignit\w*|triggered|initiat\w*|organi[sz]\w*|brainchild|behind)\b/iu,
	],
	[
		/\bwho\s+(?:was|is|were)\s+(?:driving|flying|piloting|steering|at\s+the\s+(?:wheel|controls))\b/iu,
		/\b(?:driv\w*|pilot\w*|fl(?:ew|ying|own)|steer\w*|wheel|controls|captain\w*|skipper\w*|motorist|chauffeur)\b/iu,
	],
];

/**
 * Whether a "who" question asks a role by its word ("who is the orchestra's insurer?", "who was driving the bus?") of a
 * sentence that writes no word of that role: its names hold another. `knownAs`, when given, tells whether the
 * sentence's answer is someone the report gives a role in those words elsewhere ("Veneto president Luca Bassi" for
 * "Bassi visited farms on Tuesday"), who then holds it here too.
 *
 * @example
 * roleWordUnsaid("who is the school's insurer", 'Reverend Timothy Ashcombe said the repairs would take weeks.'); // true
 */
export function roleWordUnsaid(question: string, sentence: string, knownAs?: (told: RegExp) => boolean): boolean {
	if (!/^\s*who(?:s|['’]s)?\b/iu.test(question)) return false;
	return ROLES.some(([asked, told]) => asked.test(question) && !told.test(sentence) && !knownAs?.(told));
}
