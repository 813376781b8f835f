/** Ordinals by their number: "second" and "2nd" are 2; "final" is the last ("last quarter" is the one before). */
const ORDINALS: Readonly<Record<string, number>> = {
	first: 1,
	'1st': 1,
	second: 2,
	'2nd': 2,
	third: 3,
	'3rd': 3,
	fourth: 4,
	'4th': 4,
	fifth: 5,
	'5th': 5,
	final: 99,
};
/** Parts of a year, a match or a process that are counted in order: "the second quarter", "the first reading". */
const PARTS = 'quarter|half|round|leg|reading|term|innings|period|stage|set|heat|phase|wave|test|game';
const ORDINAL_PART = new RegExp(
	`\\b(${Object.keys(ORDINALS).join('|')})[\\s-]+(?:(?:fiscal|financial|calendar)\\s+)?(${PARTS})s?\\b`,
	'giu',
);
/** "Q2", "H1 2025", "Q3 results": a quarter or half by its letter, not a model's name ("its Q3 SUV"). */
const SHORT_PART =
	/(?<!\p{Lu}\p{L}*\s)\b([QH])([1-4])\b(?=\s*(?:$|[,.;:?!)]|\d{4}\b|(?:results|earnings|sales|profit|revenue|figures)\b))/gu;

/** Each part a text names in order, as "2 quarter", "1 half". */
function partsIn(text: string): Set<string> {
	const found = new Set<string>();
	for (const m of text.matchAll(ORDINAL_PART))
		found.add(`${ORDINALS[(m[1] ?? '').toLowerCase()]} ${(m[2] ?? '').toLowerCase()}`);
	for (const m of text.matchAll(SHORT_PART))
		found.add(`${m[2]} ${(m[1] ?? '').toLowerCase() === 'q' ? 'quarter' : 'half'}`);
	return found;
}

/**
 * Whether the question asks of a part in order ("in the second quarter") that the answer's paragraph never
 * names, while it names one other of the same kind ("the third quarter") and no more: what it tells is of that other part.
 *
 * @example
 * ordinalElsewhere('how many passengers in the second quarter', () => 'It carried 7.9 million in the third quarter.'); // true
 */
export function ordinalElsewhere(question: string, paragraph: () => string): boolean {
	const asked = partsIn(question);
	if (asked.size === 0) return false;
	const told = [...partsIn(paragraph())];
	// A paragraph of one quarter, one reading: the only one of its kind it names is the one it tells of.
	const only = (kind: string) => told.filter((p) => p.endsWith(` ${kind}`)).length === 1;
	return [...asked].every((p) => !told.includes(p) && only(p.split(' ')[1] ?? ''));
}
