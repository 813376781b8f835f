/** "What is the…", "what was Raman's…", "what's the…": up to four words before the measure named. */
const WHAT_IS = String.raw`^\s*what(?:['’]?s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?`;

/** "What score did…", "what top speed does…": the measure named before the verb. */
const WHAT_DID = String.raw`^\s*what\s+(?:[\p{L}'’-]+\s+){0,2}?`;
/** Verbs after a measure named by "what <measure> did…". */
const DID = String.raw`\s+(?:did|does|do|will|would|could|can|has|have|had)\b`;

/** A measure a "what is the …" or "what … did" question names, with the words a sentence that gives it writes. */
function measure(names: string, written: RegExp): readonly [RegExp, RegExp] {
	return [new RegExp(`${WHAT_IS}(?:${names})\\b|${WHAT_DID}(?:${names})${DID}`, 'iu'), written];
}

/**
 * Measures asked by name: a population is a head count ("6,800 people") or written as such, a temperature is in
 * degrees, a salary is paid or earned, revenue is sales, profit may be a loss, a value is worth something; a capacity,
 * a flight number, a speed, a score, a race time and a turnout each have their own units or words.
 */
const MEASURES: readonly (readonly [asked: RegExp, written: RegExp])[] = [
	measure(
		'population',
		/\d[\d,.]*\s+(?:million\s+|billion\s+)?(?:people|residents|inhabitants|citizens|souls)\b|\bpopulation\b/iu,
	),
	measure('temp|temps|temperatures?', /\bdegrees?\b|°|\d\s?[CF]\b|\bcelsius\b|\bfahrenheit\b|\btemperatures?\b/iu),
	measure('salary|salaries|wages?', /\bsalar(?:y|ies)\b|\bwages?\b|\bpa(?:y|id|ys)\b|\bearn\w*/iu),
	measure('revenues?|sales|turnover', /\brevenues?\b|\bsales\b|\bturnover\b|\bsold\b/iu),
	measure('profits?|earnings', /\bprofits?\b|\bearnings\b|\bloss(?:es)?\b|\blost\b/iu),
	measure('value|valuation', /\bvalu\w*|\bworth\b/iu),
	measure('capacity', /\bcapacity\b|\bholds?\b|\bseats?\b|watts?\b|watt-hours?\b|\bmah\b|\bmw\b|\bspaces\b|\bbeds\b/iu),
	measure('flight number', /\b[Ff]light\s+(?:[A-Z]{1,3}\s?)?\d|\b[A-Z]{1,3}\s?\d{2,4}\b/u),
	measure(
		'speed|speed limit|top speed',
		/\bmph\b|km\/h|\bkph\b|per hour|\bknots\b|\bspeeds?\b|(?:miles|kilomet(?:re|er)s) an hour/iu,
	),
	measure(
		'score|final score|scoreline',
		/\d+\s?[-–]\s?\d+|\bpoints?\b|\bscor(?:e|es|ed)\b|\bpar\b|\bratings?\b|\bout of\b/iu,
	),
	measure(
		String.raw`(?:running|finishing|winning|race|lap|total)\s+time`,
		/\d+:\d{2}|\bhours?\b|\bminutes?\b|\bseconds?\b|\bmins?\b/iu,
	),
	measure('turnout', /\bturnout\b|%|\bper\s?cent\b|\bvot(?:ed|es|ers)\b/iu),
	// "What sentence did Volkov get?" of "Volkov has pleaded guilty": a term of prison or a fine is told in its words.
	[
		/^\s*what\s+(?:(?:prison|jail)\s+(?:sentences?|terms?)|sentences?|punishment)\s+(?:did|does|do|will|would|could|can|might|is|was|were|are|has|have|had)\b/iu,
		/\bsentenc\w*|\bjail\w*|\bprison\b|\byears?\b|\bmonths?\b|\bfined?\b|\bcommunity service\b|\bprobation\b|\bparole\b|\bcustod\w*/iu,
	],
];

/**
 * Whether the question asks a measure by its name (a population, a temperature, a salary, revenue, profit, a value)
 * and the sentence writes none of the words that give it: "what's the population of Ashby?" of "a pipeline from the
 * neighbouring town of Ashby" tells no head count. ("How deep / fast / heavy…" is measureUnsaid's, by a figure in its
 * unit.)
 *
 * @example
 * measureUnwritten("what's the population of ashby", 'They will lay a pipeline from Ashby.'); // true
 * measureUnwritten("what's the population of ashby", 'Ashby, a town of 5,800 people, is dry.'); // false
 */
export function measureUnwritten(question: string, sentence: string): boolean {
	const asked = MEASURES.find(([pattern]) => pattern.test(question));
	return asked !== undefined && !asked[1].test(sentence);
}
