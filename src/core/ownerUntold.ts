/** "Whose field…", "whose idea was it": the thing a "whose" question asks the owner of. */
const WHOSE = /\bwhose\s+([\p{L}-]{3,})/iu;
/** "On whose behalf", "for whose benefit", "at whose request": the one meant is told by "for", "to" or "by", not owned. */
const IDIOMS =
	/^(?:behalf|benefit|sake|request|orders?|command|honou?r|memory|invitation|expense|initiative|suggestion)$/;
/** Another question word, which makes "whose" a relative ("the band whose name was what?"). */
const OTHER_WH = /\b(?:what|which|who|whom|when|where|why|how)\b/i;

/**
 * Whether a "whose X" question ("Whose field did they land in?") is asked of a sentence that tells nobody's X: no
 * owner's possessive before it ("Geraghty's field", "his field"), no "X of (the tenor) <Name>", no "X set/held by",
 * no owning or belonging. Its names are then not the owner. Only a "whose" that asks: none beside another question
 * word, as in "the administrator whose password was stolen".
 *
 * @example
 * ownerUntold('whose field did they land in', 'The balloonists landed in a field in County Mayo.'); // true
 * ownerUntold('whose field did they land in', 'The farmer who owns the field, Ann Walsh, watched.'); // false
 */
export function ownerUntold(question: string, sentence: string): boolean {
	const thing = WHOSE.exec(question)?.[1]?.toLowerCase();
	// "What was the name of the administrator whose password was stolen?": "whose" of a relative clause asks no owner.
	if (!thing || OTHER_WH.test(question) || IDIOMS.test(thing)) return false;
	const root = thing.replace(/(?:es|s)$/u, '');
	const owned = new RegExp(
		`(?:['’]s?|\\b(?:his|her|their|its|my|our|your))\\s+(?:[\\p{L}\\d-]+\\s+){0,3}${root}|\\b${root}\\p{L}*\\b(?:[^.;]|\\.(?=\\d)){0,60}?\\b(?:set|held|made|written|built|led|run|\\p{Ll}+ed)\\s+(?:by|to)\\b|\\b(?:own|owns|owned|owning|owner|owners|belongs?|belonged|belonging)\\b`,
		'iu',
	);
	// Case matters here: "the home of Jan Novak" and "the consent of the federal government" name an owner, "a field of
	// wheat near Galway" does not.
	const ofName = new RegExp(
		`\\b${root}\\p{L}*\\s+of\\s+(?:the\\s+\\p{L}|(?:(?!(?:near|in|at|on|by|from|to|with|for|off)\\b)\\p{Ll}+\\s+){0,3}?(?:\\p{Lu}|whom\\b))`,
		'u',
	);
	return !owned.test(sentence) && !ofName.test(sentence);
}

/** "Who owns the Copper Pot?", "who's the owner of the bistro", "whos the landlord": a thing's owner asked. */
const ASKS_OWNER =
	/^\s*who\s*(?:(?:['’]s|is|are|was|were)\s+)?(?:(?:now|currently|actually)\s+)?(?:owns|owned|own)\b|^\s*who(?:s|['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|its\s+|their\s+)?(?:(?:new|current|original|former|real)\s+)?(?:owners?|landlord|landlady|proprietor)\b/iu;
/** Words that tell who owns or holds a thing: "owner", "family-owned", "bought", "a subsidiary of". */
const TELLS_OWNER =
	/\b(?:own(?:s|ed|er|ers|ership|ing)?|co-own\w*|proprietors?|landlord\w*|landlad\w*|belong\w*|bought|buys|acquired|purchased|subsidiary|parent\s+company|holding\s+company|freehold\w*|leaseholders?|tenants?)\b/iu;

/**
 * Whether a question asks a thing's owner ("who owns the Copper Pot?") of a sentence with no word of owning or holding
 * ("Rosalind Achebe-Ward was refused a table at The Copper Pot"): its names are not the owner.
 *
 * @example
 * ownerUnsaid('who owns the copper pot', 'Ann Ward was refused a table at The Copper Pot.'); // true
 * ownerUnsaid('who owns the copper pot', "The restaurant's owner, Tobias Renfrew, apologised."); // false
 */
export function ownerUnsaid(question: string, sentence: string): boolean {
	return ASKS_OWNER.test(question) && !TELLS_OWNER.test(sentence);
}

/** "Who makes the turbines?", "who built the bridge originally", "who supplied the seeds": a thing's maker asked. */
const ASKS_MAKER =
	/^\s*who\s+(?:(?:originally|first|actually|now)\s+)?(?:(?:is|was|are|were)\s+)?(?:makes|made|making|manufactures|manufactured|manufacturing|builds|built|building|supplies|supplied|supplying|produces|produced|producing)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b/iu;
/** Words that tell who made or supplied a thing: "built by", "maker", "manufactured", "supplier", "designed". */
const TELLS_MAKER =
	/(?:\b(?:mak(?:e|es|er|ers|ing)|made|manufactur\w*|buil(?:d|ds|der|ders|ding|t)|construct\w*|suppl(?:y|ies|ied|ier|iers|ying)|produc(?:e|es|ed|er|ers|ing|tion)|design\w*|develop\w*|assembl\w*|craft\w*|forg\w*|cast|carved|sewn|stitched|woven|engineer\w*|fitted|install\w*|contract\w*)\b|maker)/iu;

/**
 * Whether a question asks a thing's maker or supplier ("who makes the turbines?") of a sentence with no word of
 * making, building or supplying ("Warta Energia fitted 40,000 meters": fitted, so it may be; "the Kessel Base Tunnel
 * opened": nobody's making told).
 *
 * @example
 * makerUnsaid('who makes the buses', 'The buses run every ten minutes in Tyrol.'); // true
 * makerUnsaid('who makes the buses', 'The buses are made by Verdane Mobility.'); // false
 */
export function makerUnsaid(question: string, sentence: string): boolean {
	return ASKS_MAKER.test(question) && !TELLS_MAKER.test(sentence);
}

/** "Who paid for the study?", "who funded the dig", "who's paying for the ballpark": whoever bears a cost asked. */
const ASKS_PAYER =
	/^\s*who(?:['’]s|\s+is|\s+was|\s+will)?\s+(?:(?:actually|originally|mostly|mainly)\s+)?(?:paid|pays|paying|pay|funded|funds|funding|fund|financed|finances|financing|sponsored|sponsors|sponsoring|bankrolled|donated)\b/iu;
/** Words that tell who pays: "funded by", "a grant from", "donations", "paid", a sum of money. */
const TELLS_PAYER =
	/\b(?:pa(?:y|ys|id|ying|yment)|fund\w*|grants?|donat\w*|donors?|financ\w*|sponsor\w*|bankroll\w*|contribut\w*|cost\w*|money|backed|backers?|bills?|footed|covered|invest\w*|budget\w*|bonds?|crowdfund\w*|(?:pounds|euros|dollars|francs|crowns|krona|kronor|yen|rand)|bequest|levy|tax\w*)\b|[£€$¥]/iu;

/**
 * Whether a question asks who paid for a thing ("who paid for the renovation?") of a sentence with no word of paying,
 * funding or money: its names did something else.
 *
 * @example
 * payerUnsaid('who paid for the renovation', 'The National Museum of Vestria reopened on Monday.'); // true
 * payerUnsaid('who paid for the study', 'The study was funded by the Marsden Fund.'); // false
 */
export function payerUnsaid(question: string, sentence: string): boolean {
	return ASKS_PAYER.test(question) && !TELLS_PAYER.test(sentence);
}
