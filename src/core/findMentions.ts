import { countsYearsAgo, notBeforePresent } from './beforePresent.ts';
import { PEOPLE_BY_TRADE, PERSON_NOUNS } from './countedNouns.ts';
import { figureCountsNothing } from './figureCountsNothing.ts';
import {
	DATE,
	DATE_HINT,
	LOWERCASE_MONTH_ALONE,
	NAME,
	NATIONALITY,
	NOT_NAMES,
	NUMBER,
	NUMBER_WORDS,
	QUALIFIERS,
	QUOTE,
	QUOTE_TAIL,
	SCALE_ABBREVIATIONS,
	SCALES,
} from './mentionPatterns.ts';
import { datelineEnd } from './pickClause.ts';
import { stem } from './tokenize.ts';

export type MentionType = 'number' | 'date' | 'name' | 'quote';

export interface Mention {
	type: MentionType;
	text: string;
	start: number;
	end: number;
	value?: number;
}

/** An opening quotation mark with no closing one after it in the sentence: at its start or after a space or colon. */
const OPEN_QUOTE = /(?<=^|[\s:])[“"](\p{L}[^”"]{2,})$/u;

/** The words that qualify a figure, before it: "nearly ", "at least ". */
const QUALIFIER = new RegExp(`^(?:${QUALIFIERS})\\s+`, 'iu');

/**
 * Finds numbers, dates and times, capitalised names and quotations in a sentence, with their spans; a sentence that
 * ends a quotation begun before it has that part as a quotation.
 *
 * @example
 * findMentions('Ukrainian forces shot down 72 drones on Sunday.')
 * // [{ type: 'number', text: '72', value: 72, … }, { type: 'date', text: 'on Sunday', … }, { type: 'name', text: 'Ukrainian', … }]
 */
export function findMentions(written: string): Mention[] {
	// A headline in title case ("Freight Train Derails, Forcing Evacuation of 2,000 Residents") names nothing by its
	// capitals: it is read in lowercase, so its figures count their nouns and its words are not taken for names.
	const sentence = asRead(written);
	const mentions: Mention[] = [];
	const dates = DATE_HINT.test(sentence)
		? [...sentence.matchAll(DATE)].flatMap((m) =>
				// "In 2010 BP spilled…": the year alone, read again without the company's name.
				notBeforePresent(m[0].trim())
					? [...m[0].replace(/\s?bp\s*$/i, '').matchAll(DATE)].map((d) => ({ text: d[0], index: m.index + d.index }))
					: [{ text: m[0], index: m.index }],
			)
		: [];
	for (const m of dates) {
		const text = m.text.trim();
		if (!text || LOWERCASE_MONTH_ALONE.test(text)) continue;
		const lead = m.text.length - m.text.trimStart().length;
		mentions.push({ type: 'date', text, start: m.index + lead, end: m.index + lead + text.length });
	}
	const dated = mentions.slice();
	const insideDate = (start: number, end: number) => coveredBy(dated, start, end);
	// "67 million years ago" is a date and a count of years ("how old", "how many years ago").
	const countless = dated.filter((m) => !countsYearsAgo(m.text));
	for (const m of sentence.matchAll(NUMBER)) {
		const start = m.index;
		// "96mm", "100m", "40kg": a unit written onto its figure is part of it.
		const text =
			m[0] +
			(/^\d$/.test(m[0].at(-1) ?? '') ? (ATTACHED_UNIT.exec(sentence.slice(start + m[0].length))?.[0] ?? '') : '');
		const end = start + text.length;
		if (coveredBy(countless, start, end) || pronounOne(sentence, m[0], start, end)) continue;
		// "2.5 million Halo 7 phones", "in half a century": a figure of a name, or a length of time, counts nothing.
		if (figureCountsNothing(sentence, start, end)) continue;
		// "more than two years": a length of time in words, qualified, no count of its own ("more than 2 years" stays
		// one too, as "how many years" asks).
		const qualifier = /\d/.test(m[0]) ? 0 : (QUALIFIER.exec(m[0])?.[0].length ?? 0);
		const timed = qualifier > 0 ? dated.find((d) => d.start === start + qualifier) : undefined;
		if (timed && countless.includes(timed)) {
			timed.start = start;
			timed.text = sentence.slice(start, timed.end);
			continue;
		}
		const value = parseNumber(m[0]);
		if (value !== undefined) mentions.push({ type: 'number', text, start, end, value });
	}
	const tail = sentence.includes('”') || sentence.includes('"') ? QUOTE_TAIL.exec(sentence) : null;
	const from = tail ? tail[0].length : 0;
	if (tail) mentions.push({ type: 'quote', text: (tail[1] ?? '').trim(), start: 0, end: from });
	let closed = from;
	for (const m of sentence.slice(from).matchAll(QUOTE)) {
		mentions.push({ type: 'quote', text: m[1] ?? '', start: from + m.index, end: from + m.index + m[0].length });
		closed = from + m.index + m[0].length;
	}
	// A quotation the sentence opens and the next one goes on with ('"One officer watches 90 inmates. That is…," said').
	const open = OPEN_QUOTE.exec(sentence.slice(closed));
	if (open)
		mentions.push({ type: 'quote', text: (open[1] ?? '').trim(), start: closed + open.index, end: sentence.length });
	// After a dateline ("WINNIPEG, Manitoba — More than…") the story's first word is a sentence's first word.
	const storyStart = datelineEnd(sentence);
	const sums = mentions.filter((m) => m.type === 'number');
	for (const m of sentence.matchAll(NAME)) {
		// "the Inverness-based carrier", "Oslo-born": the place, without what the hyphen makes of it ("Swiss-based" stays).
		let text = m[0].replace(/(?<!\b\p{Lu})[.’']+$/u, '');
		const home = text.replace(HOME_SUFFIX, '');
		if (home !== text && isHome(home, text, sentence.slice(m.index + m[0].length), m.index)) text = home;
		let start = m.index;
		// "It's", "We'll", "They're": a pronoun with its verb is no name.
		const written = /^\S+/.exec(text)?.[0] ?? '';
		const firstWord = written.replace(/[’'](?:s|d|ll|re|ve|m)$/u, '');
		if (
			NOT_NAMES.has(firstWord) ||
			((start === storyStart || OPENING.test(sentence.slice(0, start))) &&
				!text.includes(' ') &&
				/^\p{Lu}\p{Ll}+$/u.test(text) &&
				(isCommonOpener(text) ||
					PLURAL_NOUN.test(text) ||
					pluralPeople(text) ||
					ADJECTIVE.test(text) ||
					describesPeopleAfter(sentence.slice(start + text.length))))
		) {
			const rest = text
				.slice(written.length)
				.trimStart()
				.replace(/^(?:the|of)\s+/, '');
			if (!rest || !/^\p{Lu}/u.test(rest)) continue;
			start += text.length - rest.length;
			text = rest;
			// "When I started": the pronoun after the opening word is no name either.
			if (NOT_NAMES.has(text.replace(/[’'](?:s|d|ll|re|ve|m)$/u, ''))) continue;
		}
		// "De architectura", "La traviata": a particle of names alone, before a lowercase word, names nothing.
		if (/^(?:of|and|the)$/i.test(text) || PARTICLE_ALONE.test(text) || insideDate(start, start + text.length)) continue;
		// "a C$85,000 grant": the currency's letter is part of the sum, no name.
		if (coveredBy(sums, start, start + text.length)) continue;
		// "46.3 degrees Celsius": a scale's unit, capitalised after its inventor, names nobody here.
		if (
			/^(?:Celsius|Fahrenheit|Kelvin)$/u.test(text) &&
			/\bdegrees?\s+$/iu.test(sentence.slice(Math.max(0, start - 10), start))
		)
			continue;
		mentions.push({
			type: 'name',
			text: text.replace(/[’']s$/, ''),
			start,
			end: start + text.replace(/[’']s$/, '').length,
		});
	}
	return mentions.sort((a, b) => a.start - b.start);
}

/** A unit abbreviation written onto a figure: "96mm", "40kg", "5MW" (not "10am", "1st", "90s", nor "10m": metres or millions). */
const ATTACHED_UNIT = /^(?:mm|cm|km|kg|mg|ml|ft|kW|MW|GW|kWh|MWh|GWh|mph|kph)(?![\p{L}\d])/u;

/** A hyphened word that makes a name the place something is from: "Leeds-based", "Oslo-born". */
export const HOME_SUFFIX = /-(?:based|born|bred|headquartered)$/u;
/** Bodies and people a place-based word describes: "the Inverness-based carrier" (not "Windows-based software"). */
const BASED_BODY =
	/^\s+(?:[\p{Ll}-]+\s+)?(?:carrier|airline|company|firm|group|charity|club|bank|start-?up|manufacturer|maker|developer|retailer|operator|collector|dealer|insurer|lender|agency|team|business|brewer|builder|studio|label|publisher|broadcaster|newspaper|researchers?|scientists?|artist|band|architect|designer|lawyer|consultancy|supplier|investor|fund|owner|chain|company's|giant)\b/u;

/**
 * Whether `name`, written as `written` ("Inverness-based") with `after` following it at `start`, is a place something
 * is from: "-born" and "-bred" always; "-based" and "-headquartered" before a body's noun, not opening the sentence
 * ("Faith-based groups"); never a nation's people ("Swiss-based").
 */
function isHome(name: string, written: string, after: string, start: number): boolean {
	if (NATIONALITY.test(name)) return false;
	return /-(?:born|bred)$/u.test(written) || (start > 0 && BASED_BODY.test(after));
}

/** Capitalised words of at least this many letters that make a title-case headline, and their least share. */
const TITLE_WORDS = 3;
const TITLE_SHARE = 0.8;

/** Whether a sentence is a headline in title case: no closing full stop, and most of its longer words capitalised. */
export function isTitleCase(sentence: string): boolean {
	if (/[.!?]["”’]?\s*$/u.test(sentence)) return false;
	const words = sentence.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
	const mixed = words.filter((w) => !/^\p{Lu}+$/u.test(w));
	const capitalised = mixed.filter((w) => /^\p{Lu}/u.test(w)).length;
	return capitalised >= TITLE_WORDS && capitalised >= TITLE_SHARE * mixed.length;
}

/**
 * The sentence as mentions and counts are read from it: a title-case headline with each capitalised word's first
 * letter lowered (acronyms kept), its length and offsets unchanged; any other sentence as written.
 */
export function asRead(sentence: string): string {
	if (!isTitleCase(sentence)) return sentence;
	return sentence.replace(/(?<![\p{L}\p{N}])(\p{Lu})(?=\p{Ll})/gu, (letter: string) => {
		const lower = letter.toLowerCase();
		return lower.length === letter.length ? lower : letter;
	});
}

/**
 * Whether one of `spans` (in order, none overlapping, as the dates of a sentence are) covers start..end: only the
 * last one starting at or before `start` can, found by binary search, so a long sentence is not searched per mention.
 */
function coveredBy(spans: readonly Mention[], start: number, end: number): boolean {
	let low = 0;
	let high = spans.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((spans[middle] as Mention).start <= start) low = middle + 1;
		else high = middle;
	}
	const span = spans[low - 1];
	return span !== undefined && span.end >= end;
}

/**
 * A plural common noun opening a sentence ("Hospitals in western Kenya…", "Officials said…", "Scientists…"), by endings
 * few surnames or places have ("Davies", "Rees", "Maldives", "Peters" are left names).
 */
const PLURAL_NOUN =
	/^\p{Lu}\p{Ll}*(?:als|ists|ysts|ents|ians|ics|ages|ions|ances|ences|ures|ities|ants|perts|ests|ults|orts)$/u;
/** Words for people in the plural that are surnames too ("Jobs returned to Apple in 1997"). */
const SURNAMES_TOO = /^(?:Jobs|Hunters)$/;

/** People in the plural, named by their deed or trade, opening a story: "Rescuers on Friday brought…". */
function pluralPeople(word: string): boolean {
	const stemmed = stem(word.toLowerCase());
	return (
		/(?:s|men)$/.test(word) && !SURNAMES_TOO.test(word) && (PERSON_NOUNS.has(stemmed) || PEOPLE_BY_TRADE.has(stemmed))
	);
}

/** "Foreign minister says…", "Local officials said…": a word opening a sentence before a lowercase word for people. */
function describesPeopleAfter(rest: string): boolean {
	const next = /^\s(\p{Ll}+)\b/u.exec(rest)?.[1];
	if (!next) return false;
	const stemmed = stem(next);
	return PEOPLE_AFTER_OPENER.has(next) || PERSON_NOUNS.has(stemmed) || PEOPLE_BY_TRADE.has(stemmed);
}
/** Lowercase words for people or offices a describing word may open a sentence before. */
const PEOPLE_AFTER_OPENER = new Set(
	'minister ministers official secretary president leader leaders doctor police people men women children residents'.split(
		' ',
	),
);

/** An adjective opening a sentence or a headline: "Judicial recount flips…", "Official figures show…". */
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ial|ical|ional|ual)$/u;

/** "one that is falling apart", "this one", "the one who…": "one" standing for a thing or person, counting nothing. */
function pronounOne(sentence: string, text: string, start: number, end: number): boolean {
	if (text.toLowerCase() !== 'one') return false;
	return (
		/^\s+(?:that|which|who|whose)\b/i.test(sentence.slice(end, end + 8)) ||
		/\b(?:the|this|that|each|any|every|which|another)\s+$/i.test(sentence.slice(Math.max(0, start - 10), start))
	);
}

/** What may stand before a sentence's first word: nothing, or the quotation mark or bracket it opens with. */
const OPENING = /^[\s"“‘'(]*$/u;

function isCommonOpener(word: string): boolean {
	return /^(?:[A-Z][a-z]*(?:ly|ing|ed)|Late|Earlier|Afterwards|Overnight|Despite|Following|According|Under|Among|Between|Through|Without|Within|Today|Yesterday|Perhaps|Known|Born|Once|Later|Now|Even|Still|Instead|Thus|Hence|Therefore|Indeed|Moreover|Furthermore|Nevertheless|Nonetheless|Unlike|Like|From|By|To|Upon|Until|Against|Across|Along|Beyond|Toward|Towards|Together|Whether|Unless|Whereas|Whilst|Almost|Nearly|Over|Around|About|Further|Soon|Shortly|Often|Sometimes|Usually|Generally|Tonight|More|Most|Less|Fewer|Few|Many|Much|Several|Some|Both|Each|Every|Such|Annual|Dozens|Hundreds|Thousands|Millions|Only|Just|Meanwhile|Overall|Elsewhere|Separately|Lost|Found|Built|Held|Made|Left|Sold|Stolen|Taken|Seen|Given|Hidden|Broken|Frozen|Caught|Brought|Bought|Thrown|Beaten|Fallen|Forgotten|Rare|Fatal|Former|Ancient|Huge|Tiny)$/.test(
		word,
	);
}

/** "1,050,000" → 1050000, "two" → 2, "3.5 million" → 3500000, "about 40%" → 40, "tens of thousands" → 20000. */
export function parseNumber(text: string): number | undefined {
	const lower = text
		.toLowerCase()
		.replace(
			/^(?:about|around|nearly|almost|over|more than|less than|fewer than|at least|at most|some|up to|approximately)\s+/,
			'',
		);
	// "minus 14 degrees": below zero.
	if (lower.startsWith('minus ')) return negated(parseNumber(lower.slice(6)));
	const vague = /^(tens|hundreds) of (thousands|millions)$/.exec(lower);
	if (vague) return (vague[1] === 'tens' ? 20 : 200) * (vague[2] === 'thousands' ? 1e3 : 1e6);
	const digits = /(\d[\d,]*(?:\.\d+)?)/.exec(lower);
	let value: number | undefined;
	if (digits?.[1]) value = Number(digits[1].replace(/,/g, ''));
	else {
		for (const word of lower.split(/[\s-]+/)) {
			const scale = SCALES[word];
			const n = NUMBER_WORDS[word];
			if (scale && word !== 'hundred') value = (value ?? 1) * scale;
			else if (word === 'hundred') value = (value ?? 1) * 100;
			else if (n !== undefined) value = (value ?? 0) + n;
		}
		return value;
	}
	for (const [word, scale] of Object.entries(SCALES)) if (lower.endsWith(word)) value *= scale;
	const short = /(?:[$€£¥₹₦₱₩₺₴₪₫฿]|\b(?:rm|rs|ksh|rp))\.?\s?[\d.,]+(bn|tn|m|k)$/.exec(lower)?.[1];
	if (short) value *= SCALE_ABBREVIATIONS[short] ?? 1;
	return Number.isFinite(value) ? value : undefined;
}

/** A particle of names written alone: "De", "La", "Von" (the names they begin, "De Niro", stay whole). */
const PARTICLE_ALONE = /^(?:De|La|Le|Les|Van|Von|Du|Des|Del|Della|Da|Di|Al|El)$/u;

function negated(value: number | undefined): number | undefined {
	return value === undefined ? undefined : -value;
}
