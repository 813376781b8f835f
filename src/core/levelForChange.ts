/** "How much did rents go up", "by how much did it fall", "what did costs go up by": a change asked. */
const ASKS_CHANGE = /\bhow\s+much\b.*\b(?:go|goes|went|gone|going)\s+(?:up|down)\b|\bby\s+how\s+much\b|\bby[\s?!.]*$/iu;
/** Words of a rise or fall: "up", "rose", "increased", "cut"… */
const CHANGE_VERBS =
	'(?:up|down|by|ris(?:e|es|en|ing)|rose|increas\\w*|decreas\\w*|f[ae]ll(?:s|en|ing)?|drop\\w*|grow\\w*|grew|climb\\w*|jump\\w*|soar\\w*|slump\\w*|plung\\w*|cut\\w*|rais\\w*|low\\w*|higher|gain\\w*|los[st]\\w*|declin\\w*|tumbl\\w*|surg\\w*|slid\\w*|slip\\w*|sank|sink\\w*|dip\\w*|shed\\w*|add\\w*|advanc\\w*|spik\\w*|hik\\w*|leap\\w*|rocket\\w*|edg\\w*|shr[aiu]nk\\w*|rall\\w*)';
/** Words of a rise or fall before a figure, a few words between: "up 6.8%", "fall by an average of 27%". */
const CHANGE_BEFORE = new RegExp(`\\b${CHANGE_VERBS}(?:\\s+(?!to\\b)[\\p{L}.,-]+){0,3}\\s+$`, 'iu');
/** Words of a rise or fall right after a figure: "€150 more", "6% higher", "12% up on last year". */
const CHANGE_AFTER =
	/^\s*(?:a\s+(?:month|year|week)\s+)?(?:more|less|higher|lower|up|down|cheaper|dearer|increase|rise|drop|fall)\b/iu;
/** How far before a figure its word of change is looked for. */
const BEFORE_CHARS = 30;

/**
 * Whether a question asks how much something went up or down ("how much did Dublin rents go up") and the figure at
 * `start..end` of `sentence` is a level, not a change ("the average was €2,540 a month").
 *
 * @example
 * levelForChange('how much did rents go up', 'The average rent was €2,540 a month.', 20, 26); // true
 */
export function levelForChange(question: string, sentence: string, start: number, end: number): boolean {
	if (!ASKS_CHANGE.test(question)) return false;
	return (
		!CHANGE_BEFORE.test(sentence.slice(Math.max(0, start - BEFORE_CHARS), start)) &&
		!CHANGE_AFTER.test(sentence.slice(end, end + BEFORE_CHARS))
	);
}

/** The words of a rise or fall anywhere in a question: "how much did the Topix gain". */
const CHANGE_WORDS = new RegExp(`\\b${CHANGE_VERBS}\\b`, 'iu');
/** A word of rise or fall right before a figure, "by" at most between: "climbed 12 percent", "rose by 1,000". */
const CHANGED_RIGHT_BEFORE = new RegExp(`\\b${CHANGE_VERBS}(?:\\s+by)?\\s+$`, 'iu');
/** A change from a level right before a figure: "was cut from 1,720 to 1,450" (the first is the level before). */
const CHANGED_FROM = new RegExp(`\\b${CHANGE_VERBS}\\s+from\\s+$`, 'iu');
/**
 * A question about the level before a change: "how many seats did it have before", "what was it originally", "how
 * many did they have in 2015" (a year the sentence may write by either level: figureOfAskedPeriod picks).
 */
const ASKS_EARLIER =
	/\b(?:before|previously|originally|original|formerly|used\s+to|earlier|prior|old|initially|initial|planned|proposed|at\s+first|(?:19|20)\d{2})\b/iu;
/** The level a thing was changed from, named as such: "from an original 70 storeys", "from the initial 12". */
const ORIGINAL_BEFORE =
	/\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:original|initial|earlier|previous|planned|proposed)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/iu;

/**
 * Whether the figure at `start` of `sentence` is the level something was changed from ("reduced the tower's height
 * from an original 70 storeys"), while the question asks of no earlier one ("how many storeys will it have").
 *
 * @example
 * originalLevel('how many storeys will it have', 'It was cut from an original 70 storeys.', 35); // true
 */
export function originalLevel(question: string, sentence: string, start: number): boolean {
	return !ASKS_EARLIER.test(question) && ORIGINAL_BEFORE.test(sentence.slice(Math.max(0, start - BEFORE_CHARS), start));
}

/**
 * After a change, the level it reached, past the period of the change: " to 5.9 billion crowns" in "climbed 12
 * percent to 5.9 billion crowns", " in the past year to 1,240 pounds".
 */
const TO_LEVEL =
	/^(?:\s+(?:in|over|during|on|since|from|compared\s+with)\s+(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:year|years|month|months|quarter|week|decade|period|\d{4}))?\s+to\s+(?=(?:about|around|nearly|almost|just|more than|some|over|a record(?: high| low)?(?: of)?)?\s*(?:[A-Z]{0,3}[$€£¥₹]|\d))/u;
/** A question about a change or a share, which the change answers: "by how much", "what percent", "how much did … rise". */
const ASKS_CHANGE_OR_SHARE =
	/\b(?:by how much|per\s?cent|percentage|share(?!\s+price)|proportion|reduc\w*|slash\w*|trim\w*|knock\w*|discount\w*|markdown|inflation|differen\w*|saving\w*|how much (?:more|less|higher|lower)|rise|rose|fall|fell|grow|grew|increase|decrease|drop|climb|jump|change|up|down|by)\b|%/iu;

/** "After the increase", "once the cut takes effect": the level reached is asked, not the change. */
const AFTER_CHANGE =
	/\b(?:after|following|once|with)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}-]+\s+)?(?:increase|rise|hike|cut|change|drop|fall|reduction|raise|climb|jump)s?\b/giu;

/**
 * Where a figure at `start`…`end` of `sentence` is a change followed by the level it reached ("climbed 12 percent to
 * 5.9 billion crowns"), or the level a change started from ("cut from 1,720 to 1,450") for a question about no earlier
 * one, and the question asks no change or share ("what was their revenue"): the offset where the
 * level begins; otherwise undefined.
 *
 * @example
 * levelAfterChange('what was their revenue', 'Revenue climbed 12 percent to 5.9 billion crowns.', 16, 26); // 30
 */
export function levelAfterChange(question: string, sentence: string, start: number, end: number): number | undefined {
	const asked = question.replace(AFTER_CHANGE, ' ');
	if (ASKS_CHANGE_OR_SHARE.test(asked)) return undefined;
	if (CHANGE_WORDS.test(asked)) return undefined;
	// "climbed 12 percent to", "rose by 1,000 to": the verb right before; "clusters of 15 to 300" is a range.
	const preceding = sentence.slice(Math.max(0, start - BEFORE_CHARS), start);
	const changed =
		CHANGED_RIGHT_BEFORE.test(preceding) ||
		(CHANGED_FROM.test(preceding) && !ASKS_EARLIER.test(question)) ||
		CHANGE_AFTER.test(sentence.slice(end, end + BEFORE_CHARS));
	const to = changed ? TO_LEVEL.exec(sentence.slice(end)) : null;
	return to ? end + to[0].length : undefined;
}
