/** How a date of many years before the present ends: "300 million years ago", "7500 yrs ago", "BP", "Mya". */
const BEFORE_PRESENT =
	/(?:\d\s+(?:thousand|million|billion)\s+(?:years?|yrs?)\s+ago|\d[\d,.]{2,}\s+(?:years?|yrs?)\s+ago|\bBP|before present|Mya|kya)$/i;

/** "11,600 BP": a bare "BP" after a figure, which is an era only in capitals and past the years of our era. */
const BARE_BP = /^(?:[\p{L}\s]*?)(\d[\d,.]*)\s?bp$/iu;
/** The most a figure before a bare "BP" may be and still be a year of our era ("In 2010 BP spilled…"). */
const LAST_ERA_YEAR = 2100;

/**
 * Whether a DATE match ending in "BP" is no era: "25 bp" (basis points), "In 2010 BP spilled" (the company).
 *
 * @example
 * notBeforePresent('2010 BP'); // true
 * notBeforePresent('11,600 BP'); // false
 */
export function notBeforePresent(text: string): boolean {
	const bare = BARE_BP.exec(text);
	if (!bare) return false;
	return !text.endsWith('BP') || Number((bare[1] ?? '').replace(/,/g, '')) < LAST_ERA_YEAR;
}

/**
 * Whether a date before the present counts many years ("about 300 million years ago", "11,600 BP"), whose figure "how
 * old" and "how many years ago" ask; not "two years ago", whose figure counts nothing asked.
 *
 * @example
 * countsYearsAgo('about 300 million years ago'); // true
 * countsYearsAgo('two years ago'); // false
 */
export function countsYearsAgo(date: string): boolean {
	return BEFORE_PRESENT.test(date);
}
