/** How a date of many years before the present ends: "300 million years ago", "7500 yrs ago", "BP", "Mya". */
const BEFORE_PRESENT =
	/(?:\d\s+(?:thousand|million|billion)\s+(?:years?|yrs?)\s+ago|\d[\d,.]{2,}\s+(?:years?|yrs?)\s+ago|\bBP|before present|Mya|kya)$/i;

/** "11,600 BP": a bare "BP" after a figure, an era only in capitals and when the figure is no plain year of our era. */
const BARE_BP = /^(?:[\p{L}\s]*?)(\d[\d,.]*)\s?bp$/iu;
/** The years of our era a plain four-digit figure before a bare "BP" may be ("In 2010 BP spilled…", not "800 BP"). */
const FIRST_ERA_YEAR = 1000;
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
	const year = bare[1] ?? '';
	return (
		!text.endsWith('BP') || (/^\d{4}$/.test(year) && Number(year) >= FIRST_ERA_YEAR && Number(year) < LAST_ERA_YEAR)
	);
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
