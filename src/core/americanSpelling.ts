/** British spellings read as their American forms, whole words. */
const WORDS: Readonly<Record<string, string>> = {
	grey: 'gray',
	greys: 'grays',
	aluminium: 'aluminum',
	plough: 'plow',
	ploughs: 'plows',
	ploughed: 'plowed',
	mould: 'mold',
	moulds: 'molds',
	sceptic: 'skeptic',
	sceptics: 'skeptics',
	sceptical: 'skeptical',
	whilst: 'while',
	amongst: 'among',
	aeroplane: 'airplane',
	aeroplanes: 'airplanes',
	pyjamas: 'pajamas',
	moustache: 'mustache',
	manoeuvre: 'maneuver',
	manoeuvres: 'maneuvers',
	programme: 'program',
	programmes: 'programs',
};

/** Endings and stems spelled two ways, British first: "organised", "analyse", "labour", "metres", "licence"… */
const RULES: readonly (readonly [RegExp, string])[] = [
	[/^(\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations)$/u, '$1iz$2'],
	[/^(\p{L}{2,})ys(e|ed|es|ing)$/u, '$1yz$2'],
	[
		/^(labo|neighbo|harbo|favo|hono|colo|behavio|flavo|humo|rumo|vapo|armo|odo|savio|endeavo|vigo|rigo|valo|clamo|splendo|parlo|tumo|ardo|fervo|glamo)ur/u,
		'$1r',
	],
	[/^(theat|cent|met|lit|fib|calib|sab|spect|somb|lust|meag|kilomet|centimet|millimet)re(s?)$/u, '$1er$2'],
	[/^(lic|off|pret|def)ence(s?)$/u, '$1ense$2'],
	[/^(catal|dial|anal|monol|prol|epil)ogue(s?)$/u, '$1og$2'],
	[
		/^(travel|cancel|fuel|label|model|signal|counsel|council|level|channel|tunnel|marvel|quarrel|total|dial|pedal|shovel|equal|rival|duel)l(ed|ing|er|ers|or|ors)$/u,
		'$1$2',
	],
	[/paed|haem|aemia|oestr|foet|oesoph|rrhoea|manoeuv|mediaev/u, ''],
];
/** The letters inside a word spelled with a British digraph, and their American forms. */
const DIGRAPHS: Readonly<Record<string, string>> = {
	paed: 'ped',
	haem: 'hem',
	aemia: 'emia',
	oestr: 'estr',
	foet: 'fet',
	oesoph: 'esoph',
	rrhoea: 'rrhea',
	manoeuv: 'maneuv',
	mediaev: 'mediev',
};
/**
 * A quick test, run on every word stemmed, that a word may need a rule at all: the rules' endings and stems, with no
 * backtracking, so most words ("were", "your", "does", "all") pass it in one scan.
 */
const MAYBE =
	/(?:is(?:e|es|ed|ing|er|ers|ation|ations)|ys(?:e|ed|es|ing)|(?:at|nt|et|it|ib|ab|ct|mb|st|ag)res?|ences?|ogues?|ll(?:ed|ing|er|ers|or|ors))$|[bvnlimdgrtp]our|paed|haem|aemia|oestr|foet|oesoph|rrhoea|manoeuv|mediaev/u;

/**
 * A lowercased word in its American spelling ("labour" → "labor", "organised" → "organized", "metres" → "meters"),
 * so a question and a report spelled on either side of the Atlantic meet; other words unchanged. Applied to
 * reports and questions alike, a rule that also changes a word with no other spelling ("promise" → "promize") only
 * changes how both are indexed.
 *
 * @example
 * americanSpelling('hospitalised'); // 'hospitalized'
 */
export function americanSpelling(word: string): string {
	const whole = WORDS[word];
	if (whole) return whole;
	if (!MAYBE.test(word)) return word;
	for (const [pattern, replacement] of RULES) {
		if (!pattern.test(word)) continue;
		return replacement
			? word.replace(pattern, replacement)
			: word.replace(pattern, (digraph) => DIGRAPHS[digraph] ?? digraph);
	}
	return word;
}
