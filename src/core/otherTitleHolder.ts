/** Titles a person holds by a word that says of what: "agriculture minister", "Finance Minister", "health secretary". */
const TITLE = 'minister|secretary|commissioner|spokes(?:man|woman|person)|correspondent|editor|director|officer|chief';
/** "Who is the agriculture minister?", "who's the new health secretary": a title asked with the word of its field. */
const TITLE_ASKED = new RegExp(
	`^\\s*who(?:['’]s|\\s+is|\\s+was|\\s+will\\s+be|\\s+are)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:(?:new|current|former|acting|interim)\\s+)?([\\p{L}-]+)\\s+(${TITLE})\\b`,
	'iu',
);
/** A title of one field opening a name: "Finance Minister Orrin Kessel", "health secretary Ann Roe". */
const TITLE_OPENS = new RegExp(`^([\\p{L}-]+)\\s+(${TITLE})\\s+\\p{Lu}`, 'iu');
/** A title of one field right before a name. */
const TITLE_BEFORE = new RegExp(`\\b([\\p{L}-]+)\\s+(${TITLE})\\s+$`, 'iu');
/** Words before a title that say no field: "the minister", "former minister", "deputy minister". */
const NO_FIELD =
	/^(?:the|a|an|former|deputy|junior|acting|interim|new|his|her|their|its|prime|chief|senior|company|club|council|party|government|union|group|firm|team|school|hospital|police|city|state|national|federal|regional|local|official|the\s+company)$/iu;

/**
 * Whether a "who is the <field> <title>" question ("who is the agriculture minister?") is answered by a name whose
 * written title is of another field ("Finance Minister Orrin Kessel"): someone else holds the title asked.
 *
 * @example
 * otherTitleHolder('who is the agriculture minister', 'Finance Minister Orrin Kessel defended it.', 0, 29); // true
 */
export function otherTitleHolder(question: string, sentence: string, start: number, end: number): boolean {
	const asked = TITLE_ASKED.exec(question);
	const field = asked?.[1]?.toLowerCase();
	// "Who is the prime minister?" asks a title of its own, which "Education Minister Daniel Whitcombe" does not hold.
	if (!asked || !field || (NO_FIELD.test(field) && field !== 'prime')) return false;
	const last =
		TITLE_OPENS.exec(sentence.slice(start, end)) ?? TITLE_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
	if (!last?.[1] || NO_FIELD.test(last[1])) return false;
	const head = (asked[2] ?? '').toLowerCase().slice(0, 5);
	// "Defence" and "defense" are one field: the first letters are compared.
	return (last[2] ?? '').toLowerCase().startsWith(head) && last[1].toLowerCase().slice(0, 5) !== field.slice(0, 5);
}

/** "Who is the president of Salemna?": the head of a place asked by the place. */
const HEAD_OF_PLACE =
	/^\s*who(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:(?:new|current|former|acting|interim)\s+)?(president|king|queen|mayor|governor|premier|chancellor)\s+of\s+(?:the\s+)?(\p{L}[\p{L}-]*)/iu;
/** Words before a title that name no place: "The President", "Vice President", "Former President". */
const NO_PLACE = /^(?:The|A|Former|Acting|Interim|Deputy|Vice|New|Then|Outgoing|Incoming)$/u;

/**
 * Whether "who is the president of Salemna" is answered by a name whose title is written of another place
 * ("Korvathi President Anselm Durov"; "Salemnan President …" is of the place asked, by its first letters).
 *
 * @example
 * otherPlaceHead('who is the president of salemna', 'Korvathi President Anselm Durov signed it.', 0, 31); // true
 */
export function otherPlaceHead(question: string, sentence: string, start: number, end: number): boolean {
	const asked = HEAD_OF_PLACE.exec(question);
	if (!asked?.[1] || !asked[2]) return false;
	const title = `[${asked[1].charAt(0).toUpperCase()}${asked[1].charAt(0)}]${asked[1].slice(1).toLowerCase()}`;
	const written =
		new RegExp(`^(\\p{Lu}[\\p{L}-]*)\\s+${title}\\s+\\p{Lu}`, 'u').exec(sentence.slice(start, end)) ??
		new RegExp(`(?:^|\\s)(\\p{Lu}[\\p{L}-]*)\\s+${title}\\s+$`, 'u').exec(
			sentence.slice(Math.max(0, start - 40), start),
		);
	const place = written?.[1];
	if (!place || NO_PLACE.test(place)) return false;
	return place.toLowerCase().slice(0, 5) !== asked[2].toLowerCase().slice(0, 5);
}
