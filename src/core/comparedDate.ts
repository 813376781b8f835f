import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A superlative or "first" a little before "since": "the largest robbery in France since 2019". */
const COMPARISON = /\b(?:\w+est|first|most|least|worst|best|fewest|more|less|fewer)\b[^.;:]{0,60}\bsince\s+$/i;
/**
 * Questions that ask for that benchmark itself: "When was the last time…", "When did it last…"; not "last" the verb
 * ("How long did the blackout last?", "… last in 2019").
 */
const ASKS_BENCHMARK =
	/\b(?:previous|previously|before)\b|\blast\b(?!\s*[?.!]*$)(?!\s+(?:in|on|at|for|during|until|through|after|over|into|about|around)\b)/i;

/**
 * Whether the date a "when" question would be answered with is the benchmark of a comparison ("the highest since
 * 2012") rather than the time of the event asked about; false when the question asks for that benchmark ("When was
 * the last time…").
 *
 * @example
 * comparedDate('When did the robbery happen?', 'It was the largest robbery since 2019.', phraseOf('2019')); // true
 */
export function comparedDate(question: string, sentence: string, picked: AnswerPhrase): boolean {
	if (ASKS_BENCHMARK.test(question)) return false;
	// "In 2019, a similar error at an Australian bank…": the date of an earlier event like the one asked about.
	const similarAfter = SIMILAR_AFTER.test(sentence.slice(picked.end, picked.end + SIMILAR_CHARS));
	const before = sentence.slice(Math.max(0, picked.start - 80), picked.start);
	// "since 2004" picked whole, as "how long" picks it: only a superlative closes a comparison with it ("the worst
	// blackout since 2004"), not "on strike at the West Gate terminal since 2004" or "more than $1bn … since 2004".
	if (/^since\s/i.test(picked.text)) return similarAfter || SINCE_SUPERLATIVE.test(`${before}since `);
	return similarAfter || COMPARISON.test(before);
}

/** Words ending in "est" that are no superlative. */
const NOT_SUPERLATIVE =
	'forest|interest|request|protest|arrest|contest|harvest|honest|modest|chest|guest|test|rest|west|nest|crest|quest|pest|vest|manifest|suggest|digest|invest|conquest|behest|earnest|inquest|unrest|priest';
/** A superlative after its determiner, a little before "since": "the worst blackout in Greece since". */
const SINCE_SUPERLATIVE = new RegExp(
	`\\b(?:the|its|their|his|her)\\s+(?:\\p{Ll}+\\s+)?(?:first|most|least|fewest|worst|best|(?!(?:${NOT_SUPERLATIVE})\\b)\\p{Ll}{2,}est)\\b[^.;:]{0,60}\\bsince\\s+$`,
	'u',
);

/** An earlier event likened to the one reported: "a similar storm", "another similar error". */
const SIMILAR = /\b(?:a|another)\s+similar\b/i;
/** An earlier one like it heading the figure's own clause: "An earlier well at Krafla hit magma … at 2.1 kilometres". */
const EARLIER_ONE = /\b(?:an\s+earlier|a\s+previous|a\s+prior)\s+\p{L}+\b[^,;:]*$/iu;
/** The figure a record beats: "beating the 6,150 who watched", "surpassing the previous record of 5,000". */
const RECORD_BEATEN =
	/\b(?:(?:beat(?:ing|s)?|surpass\w*|eclips\w*|topp\w*|overtak\w*|overtook|break(?:ing|s)?|broke)\s+(?:the|a|its|their)\s+(?:(?:previous|old|former|earlier)\s+)?(?:record|best|high|mark)\s+(?:of\s+)?|beat(?:ing|s)?\s+the\s+)(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;
/** Questions about the record itself: "what was the old record", "how many did it beat". */
const ASKS_RECORD = /\b(?:record|beat|beaten|surpass\w*|old|earlier)\b/i;
const SIMILAR_AFTER = /^[^.;]{0,12}\b(?:a|another)\s+similar\b/i;
/** How far from a figure "a similar …" is looked for. */
const SIMILAR_CHARS = 80;

/** "the biggest drop since October 1987, when the crash knocked": the clause of a comparison's benchmark event. */
const BENCHMARK_CLAUSE =
	/\b(?:\w+est|first|most|least|worst|best|fewest)\b[^.;:]{0,60}\bsince\s+([^,.;]{1,40}),\s+when\b[^.;]*$/i;

/** "had been robbed once before, in 1998, when thieves took": the clause of an earlier event like the one reported. */
const EARLIER_CLAUSE =
	/\b(?:once|twice|also|already)\s+before,?\s+(?:in\s+([^,.;]{1,30}),?\s+)?when\b(?:(?!,\s+(?:but|while|this\s+time)\b)[^.;])*$/i;

/** How far before a figure its comparison is looked for: a bounded window, so a wall of figures costs no more. */
const BENCHMARK_CHARS = 240;

/**
 * Whether a figure is the benchmark event's rather than the one asked about: it stands in the "when" clause of a
 * comparison's benchmark ("its biggest drop since October 1987, when the crash knocked 14.9 percent off") or of an
 * earlier event ("robbed once before, in 1998, when…"), in the clause of a similar or earlier one ("a similar error",
 * "an earlier well"), or it is a record beaten ("beating the 6,150 who watched"); and the question asks neither for the
 * benchmark nor of its date.
 *
 * @example
 * comparedFigure('How much did the index drop on Monday?', 'It was its biggest drop since 1987, when it lost 14.9 percent.', 51); // true
 */
export function comparedFigure(question: string, sentence: string, figureStart: number): boolean {
	if (ASKS_BENCHMARK.test(question) || /\bsimilar\b/i.test(question)) return false;
	// "In 2019, a similar error at an Australian bank duplicated about 12,000 payments": the earlier event's figure.
	// "An earlier well at Krafla hit magma in 2009 at a depth of 2.1 kilometres": an earlier one's.
	const before = sentence.slice(Math.max(0, figureStart - SIMILAR_CHARS), figureStart);
	// "How many were affected in 2021?" of "In 2021, a similar order affected 95,000": the one asked, by its year.
	const askedYear = (question.match(/\b(?:1[89]|20)\d\d\b/gu) ?? []).some((year) => before.includes(year));
	if (!askedYear && (SIMILAR.test(before) || (!/\b(?:earlier|prior)\b/i.test(question) && EARLIER_ONE.test(before))))
		return true;
	// "the largest crowd …, beating the 6,150 who watched the 2019 final": the record beaten.
	if (!ASKS_RECORD.test(question) && RECORD_BEATEN.test(sentence.slice(Math.max(0, figureStart - 60), figureStart)))
		return true;
	const from = Math.max(0, figureStart - BENCHMARK_CHARS);
	const window = sentence.slice(from, figureStart);
	const clause = BENCHMARK_CLAUSE.exec(window) ?? EARLIER_CLAUSE.exec(window);
	const year = /\d{4}/.exec(clause?.[1] ?? '')?.[0];
	if (clause === null || (year && question.includes(year))) return false;
	// "How many were killed in the Orrefjord bridge disaster?" of "…since 1974, when the Orrefjord bridge collapsed
	// and killed 23 people": the benchmark asked by its name.
	return !namesBenchmark(question, sentence, from + clause.index);
}

/**
 * Whether the question names the benchmark event by a word the sentence capitalises only from its clause on ("the
 * Orrefjord bridge", "a wedding banquet at the Corliss Hotel"), not in the part that tells the event reported.
 */
function namesBenchmark(question: string, sentence: string, clauseStart: number): boolean {
	const told = sentence.slice(0, clauseStart).toLowerCase();
	const named = new Set(
		[...sentence.slice(clauseStart).matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0].toLowerCase()),
	);
	return (question.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some(
		(word) => named.has(word) && !told.includes(word) && !CALENDAR.test(word),
	);
}

/** Days and months, which name a time, no event ("Black Monday" for "on Monday"). */
const CALENDAR =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/u;
