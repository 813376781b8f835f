import { openingYearOf } from './otherYear.ts';

/**
 * An earlier occasion of the event named: "the previous edition", "its last boil-water notice", "Vireo last raised
 * prices"; not one the event is
 * measured against ("the strongest since the last major quake", "unlike the last recession").
 */
const PREVIOUS_OCCASION =
	/(?<!\b(?:since|than|unlike|compared\s+(?:with|to))\s+(?:the\s+|its\s+|their\s+|a\s+)?)\b(?:previous|last|prior|earlier)\s+(?:[\p{L}-]+\s+){0,2}?(?:edition|notice|outbreak|event|tournament|fair|festival|race|contest|championship|final|election|referendum|vote|occasion|incident|attack|strike|season|disaster|crash|accident|collision|derailment|flood|storm|typhoon|hurricane|cyclone|earthquake|quake|eruption|epidemic|pandemic|drought|famine|recession|crisis|one)s?\b|\b(?:last|previously)\s+(?!(?:week|month|year|night|season|time)\b)\p{Ll}{3,}ed\b/iu;
/**
 * "Last year's draft in Port Esker drew 12,900 people": the year before's occasion, in the figure's own clause (not
 * "Kiprop, who won last year's Berlin Marathon, has been banned for four years"; "last month's floods" is most often
 * the event the report tells).
 */
const LAST_YEARS = /\b(?:last|previous|prior)\s+year['’]s\s+\p{L}{3,}[^,;]*$/iu;
/** A question that names a time of its own: a year, an earlier occasion, a record. */
const ASKS_TIME =
	/\b(?:\d{4}|last|previous|prior|first|earlier|before|ago|record|ever|history|originally|initially|used\s+to|in\s+the\s+past)\b/iu;
/** A year: "2019", "in 1978". */
const YEAR = /\b(?:1[89]|20)\d\d\b/gu;
/** What ends the clause a figure stands in, looking back from it: a sentence's or clause's break. */
const CLAUSE_BREAK = /[.;:!?]\s/gu;

/**
 * Whether the figure at `start`…`end` is given for an earlier occasion of the event ("In 2022, the previous edition,
 * 290 pianists applied"; "Its last boil-water notice, in 2019, affected 4,500 homes") while the question, naming no
 * time, asks of the event the report tells.
 *
 * @example
 * previousOccasion('how many pianists applied', 'In 2022, the previous edition, 290 pianists applied.', 32, 35); // true
 */
export function previousOccasion(question: string, sentence: string, start: number, end: number): boolean {
	if (ASKS_TIME.test(question)) return false;
	// Only the 80 characters before the figure are read, from the last clause break among them.
	const window = sentence.slice(Math.max(0, start - 80), start);
	const breaks = [...window.matchAll(CLAUSE_BREAK)];
	const last = breaks.at(-1);
	const before = last ? window.slice(last.index + last[0].length) : window;
	// Another figure between the marker and this one (a year is none): the marker is that figure's.
	const figures = before.replace(YEAR, (year) => 'y'.repeat(year.length));
	const own = before.slice(Math.max(0, figures.search(/\d[^\d]*$/u) + 1));
	// "About 5,000 attended, up on the last fair": a comparison after the figure names the occasion it is set against.
	const after = /^[^\d.;:,]{0,40}/u.exec(sentence.slice(end))?.[0] ?? '';
	return PREVIOUS_OCCASION.test(own) || PREVIOUS_OCCASION.test(after) || LAST_YEARS.test(own);
}

/** Words of an event's kind written before its name: "Typhoon Delfina", "Hurricane Ida", "Storm Ciarán". */
const EVENT_KIND = /^(?:Typhoon|Hurricane|Cyclone|Storm|Tropical|Tornado|Operation)$/u;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * Whether the figure at `start` is given for a year its clause opens with ("In 1991, a cyclone of similar
 * strength killed about 138,000 people") that the report's opening, which dates the event it tells, does not name,
 * while the question names no time: an earlier occasion, told for comparison.
 *
 * @example
 * earlierYearsFigure('how many died', 'In 1991, a cyclone killed 138,000 people.', 26, () => 'Cyclone hits\nOn Monday…'); // true
 */
export function earlierYearsFigure(question: string, sentence: string, start: number, report: () => string): boolean {
	if (ASKS_TIME.test(question)) return false;
	const year = openingYearOf(sentence, start);
	if (year === undefined) return false;
	// "How many were hurt when Fern Hollow Bridge collapsed?" asks of the earlier occasion by its name.
	const asked = question.toLowerCase();
	const named = sentence.slice(Math.max(0, start - 120), start).match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? [];
	// "Typhoon Delfina" is not asked by "the typhoon": the word of its kind names no one occasion; nor is "St. Aldric's"
	// by "st aldrics" where the whole report is of that hospital (a name written more than twice).
	const text = report();
	const rare = (name: string) => (text.match(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu')) ?? []).length <= 2;
	if (
		named.some(
			(name) => !MONTH.test(name) && !EVENT_KIND.test(name) && asked.includes(name.toLowerCase()) && rare(name),
		)
	)
		return false;
	// The report's title and first paragraph (its text's first two lines) date the event it tells.
	return !text.split('\n', 2).join('\n').includes(year);
}
