/** A year the question asks of: "in 2019", "during 2023", "for 2024". */
const YEAR_ASKED = /\b(?:in|during|for)\s+(?:the\s+)?((?:1[89]|20)\d{2})\b(?![,.]\d)(?!\s+\p{Ll}+s\b)/iu;
/** A year right after a figure, in its clause: "650,000 passengers in the 2024 season". */
const YEAR_AFTER = /^(?:[^,;.]|[,.](?=\d))*?\b(?:in|during|for)\s+(?:the\s+)?((?:1[89]|20)\d{2})\b/iu;
/**
 * A year opening the figure's clause: "In 2024, the port received 412 calls", "In December 2014, a landslide…",
 * "The 2011 eruption, which was larger than the one in 2010, sent ash 20 kilometres high", "…a major earthquake in
 * 1962, when a magnitude 6.4 tremor killed more than 90 people", "was last hit this hard in November 1993, when
 * Typhoon Delfina … killed 37 people" (a decimal in the clause is no break).
 */
const YEAR_OPENING =
	/(?:(?:^|[.;]\s+)(?:(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:1[89]|20)\d{2}),|The\s+((?:1[89]|20)\d{2})\s+\p{Ll}+\b)|\b(?:in|during)\s+((?:1[89]|20)\d{2}),\s+when\b|\blast\s+(?:\p{Ll}+\s+){1,4}in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:1[89]|20)\d{2}),\s+when\b)(?:[^.;\d]|\d(?!\d{3}\b)|(?<=\d)\.(?=\d)|(?<!\d)(?:1[89]|20)\d\d\b)*$/iu;
/** How far from a figure its year is looked for. */
const YEAR_CHARS = 60;
/** How far before a figure the year opening its clause is looked for: a clause may say more of the year's event. */
const OPENING_CHARS = 120;

/** The year a question asks of ("how many came in 2019": "2019"), if any. */
export function askedYear(question: string): string | undefined {
	return YEAR_ASKED.exec(question)?.[1];
}

/** The year opening the clause of the figure at `start`: "In 1991, a cyclone … killed about 138,000 people". */
export function openingYearOf(sentence: string, start: number): string | undefined {
	const opening = YEAR_OPENING.exec(sentence.slice(Math.max(0, start - OPENING_CHARS), start));
	return opening?.[1] ?? opening?.[2] ?? opening?.[3] ?? opening?.[4];
}

/** The year the figure at `start`..`end` of a sentence is given for: "in 2024" after it or "In 2024," opening its clause. */
export function yearOf(sentence: string, start: number, end: number): string | undefined {
	return YEAR_AFTER.exec(sentence.slice(end, end + YEAR_CHARS))?.[1] ?? openingYearOf(sentence, start);
}

/**
 * Whether a question asks of one year ("how many passengers came in 2019") and the figure at `start`..`end` of the
 * sentence is given for another ("about 650,000 passengers in the 2024 season, up from 298 calls in 2019"): the
 * sentence never names the year asked, or gives it another of its figures (`others`); a sentence that names the year
 * with no figure read for it may hold its figure uncounted ("in 1841 he had written a dozen works"), and keeps it.
 *
 * @example
 * otherYear('how many came in 2019', 'It had 650,000 passengers in 2024.', 7, 25); // true
 */
export function otherYear(
	question: string,
	sentence: string,
	start: number,
	end: number,
	others: readonly (readonly [number, number])[] = [],
): boolean {
	const asked = askedYear(question);
	const given = asked && yearOf(sentence, start, end);
	if (!given || given === asked) return false;
	// "Whereas in 1841 he had written a dozen works, only six were written in 1842": the year asked's figure is
	// somewhere in the sentence, uncounted.
	return !sentence.includes(asked) || others.some(([s, e]) => yearOf(sentence, s, e) === asked);
}
