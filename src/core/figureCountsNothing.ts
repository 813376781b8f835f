/** A name of one to three capitalised words after a lowercase word, right before a figure: "pulled 2.5 million Halo ". */
const NAME_BEFORE = /(?:^|\s)\p{Ll}[\p{L}'’-]*,?\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})$/u;
/** Capitalised words that date or place a figure rather than name it: "on Sunday 14 people", "in May 2024". */
const NOT_A_NAME =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/u;
/** Of a title-case headline ("Fire in Oslo Kills 3 and Injures 5") more words than this share are capitalised. */
const TITLE_CASE_SHARE = 0.5;

/** A half of a span of time: "in half a century", "half an hour". */
const HALF_OF_TIME = /^\s+an?\s+(?:century|decade|year|month|week|day|hour|minute|second|season|term)\b/iu;

/**
 * Whether the figure at `start`…`end` counts nothing: "half" of a span of time ("the biggest upgrade in half a
 * century"), which is a length of time, or a figure that is part of a name (modelNumber).
 *
 * @example
 * figureCountsNothing('the biggest upgrade in half a century', 23, 27); // true
 */
export function figureCountsNothing(sentence: string, start: number, end: number): boolean {
	return (
		(/^half$/iu.test(sentence.slice(start, end)) && HALF_OF_TIME.test(sentence.slice(end, end + 12))) ||
		modelNumber(sentence, start, end)
	);
}

/**
 * Whether the figure at `start`…`end` is part of a name ("2.5 million Halo 7 phones", "a Category 4 storm", "the
 * Apollo 11 crew"): whole digits right after a name that follows a lowercase word, before a lowercase word. Such a
 * figure counts nothing, so "how many phones" is not answered "7 phones". A title-case headline, whose verbs are
 * capitalised too ("Fire in Oslo Kills 3 and Injures 5"), is read as it is.
 */
function modelNumber(sentence: string, start: number, end: number): boolean {
	if (!/^\d{1,4}$/u.test(sentence.slice(start, end)) || !/^\s+\p{Ll}/u.test(sentence.slice(end, end + 3))) return false;
	const name = NAME_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start))?.[1];
	if (
		!name ||
		name
			.trim()
			.split(/\s+/u)
			.some((word) => NOT_A_NAME.test(word))
	)
		return false;
	const words = sentence.match(/\p{L}+/gu) ?? [];
	const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
	return capitalised <= words.length * TITLE_CASE_SHARE;
}
