/** "Was anyone hurt?", "has anybody died", "were there any injuries": whether harm came to anyone, asked. */
const HARM_ASKED =
	/^\s*(?:was|were|has|have|had|did|is|are)\s+(?:any(?:one|body)|any\s+[\p{L}-]+|there\s+any|someone|somebody|people)\b.*?\b(?:hurt|injur\w*|kill\w*|die[ds]?|dead|deaths?|wounded|casualt\w*|harmed|fatalit\w*)\b/iu;
/** A question that names a time of its own: a year, an earlier occasion. */
const ASKS_TIME = /\b(?:(?:1[89]|20)\d\d|before|ever|previous|previously|last|earlier|past|history|since)\b/iu;
/** Harm told in a sentence: "injuring 10 people", "two people were killed", "was hurt". */
const HARM_TOLD = /\b(?:hurt|injur\w*|kill\w*|die[ds]|dead|deaths?|wounded|casualt\w*|harmed|fatalit\w*)\b/iu;
/**
 * A year, or an earlier occasion by its word: "in 1987", "In January 2022", "the 2009 crash", "last erupted" (not "last
 * Friday" nor "last week": this event's days).
 */
const EARLIER =
	/\b(?:1[89]|20)\d\d\b|\b(?:[Ll]ast|[Pp]revious|[Pp]rior|[Ee]arlier)\s+(?!(?:week|weekend|month|night|time)\b)\p{Ll}+/u;
/** How far, in characters, before and after the word of harm an earlier occasion is looked for. */
const BEFORE_CHARS = 80;
const AFTER_CHARS = 30;

/**
 * Whether a yes/no question asks if anyone came to harm, naming no time, and the sentence tells harm on an earlier
 * occasion ("Mount Oraku last erupted in 1987, when two people were killed"; "In January 2022, the Fern Hollow Bridge
 * collapsed, injuring 10 people"): harm in another event, which says nothing of the one the report tells.
 *
 * @example
 * earlierHarm('has anyone been killed', 'The volcano last erupted in 1987, when two people were killed.'); // true
 * earlierHarm('was anyone hurt', 'Two people were hurt when the roof fell in on Tuesday.'); // false
 */
export function earlierHarm(question: string, quote: string): boolean {
	if (!HARM_ASKED.test(question) || ASKS_TIME.test(question.replace(HARM_ASKED, ''))) return false;
	const harm = HARM_TOLD.exec(quote);
	if (!harm) return false;
	const around = quote.slice(Math.max(0, harm.index - BEFORE_CHARS), harm.index + harm[0].length + AFTER_CHARS);
	return EARLIER.test(around);
}
