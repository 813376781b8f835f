/** A figure told as what usually happens: "normally admits around 120 patients a day", "on a normal day". */
const USUAL = /\b(?:normally|usually|typically|ordinarily|on\s+(?:a|an)\s+(?:normal|typical|ordinary)\s+\p{L}+)\b/giu;
/** A word of the present or another figure after the usual one: "normally carry 1,500 tonnes … are now loaded with". */
const NOW_OR_FIGURE = /\b(?:now|currently|today|this\s+(?:week|month|year|season))\b|\d/iu;
/** A question that asks the usual figure itself: "how many does it normally admit", "how many visitors a year". */
const ASKS_USUAL =
	/\b(?:normally|usually|typically|ordinarily|generally|normal|typical|average|usual|daily|weekly|monthly|annually|yearly)\b|\b(?:a|an|per|each|every)\s+(?:day|night|week|month|year|season)\b/i;
/** "How heavy is the bird?", "how much does it weigh": a measure of a thing as it is, which its usual figure gives. */
const ASKS_MEASURE =
	/\bhow\s+(?:heavy|tall|big|long|wide|deep|large|fast|high)\s+(?:is|are)\b|\bhow\s+much\s+(?:does|do)\s+(?:[\p{L}'’-]+\s+){1,4}weigh\b/iu;
/** What ends the clause a figure stands in, looking back from it. */
const CLAUSE_BREAK = /[.;:!?,]\s/gu;
/** How far before a figure its clause is read for a word of the usual. */
const USUAL_CHARS = 60;

/**
 * Whether the figure at `start` is told as what usually happens ("The hospital normally admits around 120 patients a
 * day") while the question asks of the event reported ("how many patients got admitted on the first day of the
 * strike").
 *
 * @example
 * usualFigure('how many were admitted on monday', 'It normally admits around 120 patients a day.', 26); // true
 */
export function usualFigure(question: string, sentence: string, start: number): boolean {
	if (ASKS_USUAL.test(question) || ASKS_MEASURE.test(question)) return false;
	const window = sentence.slice(Math.max(0, start - USUAL_CHARS), start);
	const last = [...window.matchAll(CLAUSE_BREAK)].at(-1);
	const clause = last ? window.slice((last.index ?? 0) + last[0].length) : window;
	const usual = [...clause.matchAll(USUAL)].at(-1);
	return usual !== undefined && !NOW_OR_FIGURE.test(clause.slice((usual.index ?? 0) + usual[0].length));
}
