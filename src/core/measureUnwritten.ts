/** "What is the…", "what was Raman's…", "what's the…": up to four words before the measure named. */
const WHAT_IS = String.raw`^\s*what(?:['’]?s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?`;

/** A measure a "what is the …" question names, with the words a sentence that gives it writes. */
function measure(names: string, written: RegExp): readonly [RegExp, RegExp] {
	return [new RegExp(`${WHAT_IS}(?:${names})\\b`, 'iu'), written];
}

/**
 * Measures asked by name: a population is a head count ("6,800 people") or written as such, a temperature is in
 * degrees, a salary is paid or earned, revenue is sales, profit may be a loss, a value is worth something.
 */
const MEASURES: readonly (readonly [asked: RegExp, written: RegExp])[] = [
	measure(
		'population',
		/\d[\d,.]*\s+(?:million\s+|billion\s+)?(?:people|residents|inhabitants|citizens|souls)\b|\bpopulation\b/iu,
	),
	measure('temp|temps|temperatures?', /\bdegrees?\b|°|\bcelsius\b|\bfahrenheit\b|\btemperatures?\b/iu),
	measure('salary|salaries|wages?', /\bsalar(?:y|ies)\b|\bwages?\b|\bpa(?:y|id|ys)\b|\bearn\w*/iu),
	measure('revenues?|sales|turnover', /\brevenues?\b|\bsales\b|\bturnover\b|\bsold\b/iu),
	measure('profits?|earnings', /\bprofits?\b|\bearnings\b|\bloss(?:es)?\b|\blost\b/iu),
	measure('value|valuation', /\bvalu\w*|\bworth\b/iu),
];

/**
 * Whether the question asks a measure by its name (a population, a temperature, a salary, revenue, profit, a value)
 * and the sentence writes none of the words that give it: "what's the population of Ashby?" of "a pipeline from the
 * neighbouring town of Ashby" tells no head count.
 *
 * @example
 * measureUnwritten("what's the population of ashby", 'They will lay a pipeline from Ashby.'); // true
 * measureUnwritten("what's the population of ashby", 'Ashby, a town of 5,800 people, is dry.'); // false
 */
export function measureUnwritten(question: string, sentence: string): boolean {
	const asked = MEASURES.find(([pattern]) => pattern.test(question));
	return asked !== undefined && !asked[1].test(sentence);
}
