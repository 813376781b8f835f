/** A word of change before "from": "reduces the number of committees from", "had cut his staff from". */
const CHANGED =
	/\b(?:cut|cuts|cutting|reduc\w*|rais\w*|increas\w*|decreas\w*|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|drop\w*|grew|grow\w*|climb\w*|jump\w*|doubl\w*|halv\w*|tripl\w*|lower\w*|lift\w*|expand\w*|shr[aiu]nk\w*|slash\w*|trim\w*|boost\w*|swell\w*|swollen|went|gone|goes|go|chang\w*|mov\w*|shorten\w*|lengthen\w*|extend\w*|narrow\w*|widen\w*)\b/iu;
/** How far before "from" its word of change is looked for, in characters. */
const CHANGE_WINDOW = 90;
/** Where the figure's clause begins, looking back: a comma, a semicolon, "and", "with". */
const CLAUSE_BREAK = /[,;:]\s*|\b(?:and|with|while|but)\s+/giu;
/** "from" right before the figure. */
const FROM_BEFORE = /\bfrom\s+$/iu;
/** The level reached, then ", up from" (or "down from") right before the figure: "climbed to 6.1%, up from ". */
const REACHED_BEFORE =
	/\b(?:to|at)\s+((?:(?:about|around|nearly|almost|just|more\s+than|some|over)\s+)?[$€£¥]?\d[^,;:]{0,40}),\s+(?:up|down)\s+from\s+$/iu;
/** After the figure: a few words (its noun), then "to" and the later figure. */
const TO_AFTER =
	/^(?:\s+[\p{L}’'-]+){0,3}?\s+to\s+(?=(?:about|around|nearly|almost|just|more than|some|over)?\s*[$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred)\b)/iu;
/** A question about the earlier level: "before", "used to", a year. */
const ASKS_EARLIER =
	/\b(?:\d{4}s?|previous(?:ly)?|prior|before|earlier|ago|originally|initially|at first|at the (?:start|beginning|outset)|used\s+to|in\s+the\s+past|formerly|once|when|last\s+\p{L}+|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/iu;

/** A question of a time to come or of the level reached: "will", "going to", "once it opens", "the new salary", "after". */
const ASKS_FUTURE =
	/\b(?:will|won['’]t|going\s+to|gonna|new|after)\b|['’]ll\b|\bonce\s+(?:it|they|the\s+\p{L}+)\s+(?:is|are|opens?|reopens?|starts?|runs?)\b/iu;
/** A change still to come, before its "from": "will fall from", "is set to rise from", "plans to cut it from". */
const CHANGE_TO_COME = /\b(?:will|would|(?:is|are)\s+(?:set|due|expected|going)\s+to|plans?\s+to|aims?\s+to)\b/iu;

/**
 * Where a figure of `sentence` at `start`…`end` is the level something changed from ("cut his staff from 14 guides to
 * 9", "reduces the committees from 14 to nine") and the question asks no earlier time: the offset where the level it
 * changed to begins; otherwise undefined.
 *
 * @example
 * laterLevel('how many guides does he have now', 'He cut his staff from 14 guides to 9.', 22, 24); // 35
 */
export function laterLevel(question: string, sentence: string, start: number, end: number): number | undefined {
	// "How long will the trip take once it opens?": "once" and "when" of a time to come ask no earlier level.
	const future = ASKS_FUTURE.test(question);
	if (ASKS_EARLIER.test(future ? question.replace(/\b(?:once|when)\b/giu, ' ') : question)) return undefined;
	const from = Math.max(0, start - CHANGE_WINDOW);
	const before = sentence.slice(from, start);
	if (!FROM_BEFORE.test(before)) return undefined;
	// "climbed to 6.1%, up from 4.3% a year earlier": the level reached, told before the one it left.
	const reached = REACHED_BEFORE.exec(before);
	if (reached?.[1]) return from + reached.index + reached[0].indexOf(reached[1]);
	// "Sales rose, and the firm now ships from 3 warehouses to 40 countries": the change must be this clause's.
	const clause = before.slice(Math.max(...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), 0));
	if (!CHANGED.test(clause)) return undefined;
	// "The journey will fall from 3 hours to 2 hours": a change to come leaves the level as it is, unless it is asked.
	if (CHANGE_TO_COME.test(clause) && !future) return undefined;
	const to = TO_AFTER.exec(sentence.slice(end));
	return to ? end + to[0].length : undefined;
}
