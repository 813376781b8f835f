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
