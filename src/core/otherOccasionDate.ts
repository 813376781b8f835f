/**
 * A sentence that tells of another event like the one reported: "Similar strikes have taken place…", "recalls the 2013
 * rescue", "drew comparisons with a 2019 address" (not a product "recalled").
 */
const LIKE_ANOTHER =
	/\b(?:[Ss]imilar|recall(?:s|ed|ing)\s+(?:the\s+|an?\s+)?(?:1[89]|20)\d\d|echoes|echoed|echoing|reminiscent\s+of|mirrors|mirrored|comparisons?\s+(?:with|to))\b/u;
/** A sentence that opens on a year gone or last year: "In 2019, a farmworker…", "In April 2022, a lorry…", "Last year, …". */
const OPENS_ON_PAST =
	/^(?:In\s+(?:(?:early|late|mid-)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d\d|Back\s+in\s+(?:1[89]|20)\d\d|In\s+the\s+(?:1[89]|20)\d0s|(?:\p{Lu}\p{Ll}+|\d+)\s+years\s+(?:ago|earlier)|Last\s+year),?\s/u;
/** A question that names a time of its own: a year, an earlier occasion. */
const ASKS_TIME =
	/\b(?:\d{4}|last|previous|prior|first|earlier|before|ago|similar|other|another|old|older|original|former)\b/iu;
/** A name written in the sentence, past its first word: "Kingsmere", "Akademik Shokalskiy". */
const NAME = /(?<=\S\s+)\p{Lu}[\p{L}'’-]{2,}/gu;

/**
 * Whether a question of the event reported (a "when", or a figure: "how long did she speak") is answered from a
 * sentence that tells of another like it ("Similar strikes have taken place … at Kingsmere in 2021", "The situation
 * recalls the 2013 rescue of the Akademik Shokalskiy", "In 2019, a farmworker near Brindle Cross found 864 coins"): its date or figure is that other event's, unless the question
 * names what the sentence does ("when did Britain introduce its sugar levy" of "Britain, which introduced a similar
 * levy in 2018").
 *
 * @example
 * otherOccasionDate('when did the rent strike start', 'Similar strikes took place at Kingsmere in 2021.'); // true
 */
export function otherOccasionDate(question: string, quote: string): boolean {
	if (!(LIKE_ANOTHER.test(quote) || OPENS_ON_PAST.test(quote)) || ASKS_TIME.test(question)) return false;
	const asked = question.toLowerCase();
	return !(quote.match(NAME) ?? []).some((name) => asked.includes(name.toLowerCase()));
}
