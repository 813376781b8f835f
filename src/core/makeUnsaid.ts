/** "What make was Moult's car?", "what model are the buses": a maker's name or a model asked. */
const MAKE_ASKED = /\b(?:what|which)\s+(?:make|brand|model)\b(?!\s+years?\b)/iu;
/** Capitalised words that name no make: the calendar's. */
const CALENDAR =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * Whether a question asks a make, brand or model of a sentence that writes none: no name or model code the question
 * does not give ("Moult's own car, a silver hatchback he bought in March" names no make). Another sentence may.
 *
 * @example
 * makeUnsaid("what make was moult's car", "Moult's own car, a silver hatchback he bought in March, was taken."); // true
 */
export function makeUnsaid(question: string, sentence: string): boolean {
	if (!MAKE_ASKED.test(question)) return false;
	const asked = question.toLowerCase();
	// The sentence's first word is capitalised whatever it is; a name or a code after it may be the make or model.
	const words = sentence.split(/\s+/).slice(1);
	return !words.some((raw) => {
		const word = raw.replace(/^[“"'‘(]+|[”"'’),.;:!?]+$/gu, '').replace(/['’]s$/u, '');
		if (!/^(?:\p{Lu}[\p{L}\d-]*|[\p{L}-]*\d[\p{L}\d-]*)$/u.test(word) || CALENDAR.test(word)) return false;
		return !asked.includes(word.toLowerCase());
	});
}
