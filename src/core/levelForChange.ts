/** "How much did rents go up", "by how much did it fall", "what did costs go up by": a change asked. */
const ASKS_CHANGE = /\bhow\s+much\b.*\b(?:go|goes|went|gone|going)\s+(?:up|down)\b|\bby\s+how\s+much\b|\bby[\s?!.]*$/iu;
/** Words of a rise or fall before a figure, a few words between: "up 6.8%", "fall by an average of 27%". */
const CHANGE_BEFORE =
	/\b(?:up|down|by|ris(?:e|es|en|ing)|rose|increas\w*|decreas\w*|f[ae]ll(?:s|en|ing)?|drop\w*|grow\w*|grew|climb\w*|jump\w*|soar\w*|slump\w*|plung\w*|cut\w*|rais\w*|low\w*|higher|gain\w*|los[st]\w*|declin\w*|tumbl\w*|surg\w*|slid\w*|slip\w*|sank|sink\w*|dip\w*|shed\w*|add\w*|advanc\w*|spik\w*|hik\w*|leap\w*|rocket\w*|edg\w*|shr[aiu]nk\w*|rall\w*)(?:\s+(?!to\b)[\p{L}.,-]+){0,3}\s+$/iu;
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
