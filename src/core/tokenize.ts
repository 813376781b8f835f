import { stemmer } from 'stemmer';
import { americanSpelling } from './americanSpelling.ts';
import { IRREGULAR_FORMS, SPELLINGS } from './vocabulary.ts';

export const STOPWORDS = new Set(
	`a an the and or but if of at by for with about against between into through during before after above below to from
up down in out on off over under again further then once here there all any both each few more most other some such no
nor not only own same so than too very can will just should now is are was were be been being have has had having do
does did doing done get gets got gotten getting per i me my we our you your he him his she her it its they them their what which who whom whose this that
these those am would could might must shall may also as how when where why while whats whos hows many much s t d ll m
re ve y yes okay ok please hey hi hello tell know does anyone anybody anything somebody someone guys lol lmao pls plz wondering wonder yo bro fr ngl idk tbh thx
didnt doesnt dont isnt wasnt arent werent couldnt wouldnt shouldnt hasnt havent hadnt cant wont hes shes itll theyll
theyve theyre youre weve ive im hed wouldve couldve shouldve`.split(/\s+/),
);

/** Words that only say what kind of question it is; they never need to match the text. */
export const QUESTION_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);

/** A word, with its inner apostrophes, full stops, hyphens and a letter's ampersand ("A&E", "R&D"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=(?<![\p{L}\p{N}])\p{L})&\p{L}(?![\p{L}\p{N}]))*/gu;

export interface Token {
	/** Lowercased surface form, spelling-normalised. */
	word: string;
	/** Stem used for matching. */
	stem: string;
	start: number;
	end: number;
}

/**
 * Splits text into word tokens with their character spans; lowercases, normalises spelling, stems.
 *
 * @example
 * tokenize('72 drones were shot down').map((t) => t.stem); // ['72', 'drone', 'were', 'shot', 'down']
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		const { word, stem } = wordForms(match[0]);
		tokens.push({ word, stem, start: match.index, end: match.index + match[0].length });
	}
	return tokens;
}

/** How many surface words' forms are kept (wordForms); the memo is emptied when it holds more. */
const WORD_FORMS_KEPT = 50_000;

/**
 * A word's normalised form and stem, remembered: questions tokenize the same sentences' words many times over (every
 * rule reads them), and normalising and stemming was a tenth of a question's time. Pure, so the memo changes nothing.
 */
const knownForms = new Map<string, { word: string; stem: string }>();

function wordForms(surface: string): { word: string; stem: string } {
	let forms = knownForms.get(surface);
	if (!forms) {
		if (knownForms.size >= WORD_FORMS_KEPT) knownForms.clear();
		const word = normaliseWord(surface);
		forms = { word, stem: stem(word) };
		knownForms.set(surface, forms);
	}
	return forms;
}

/**
 * Calls `each` with every word of the text as it stands there and its span, in order: tokenize without the tokens
 * (the index interns the words instead).
 */
export function eachWord(text: string, each: (raw: string, start: number, end: number) => void): void {
	for (const match of text.matchAll(WORD)) each(match[0], match.index, match.index + match[0].length);
}

/** A decade as written: "1960s", "1960's", "70's", "80s" (the apostrophe before the year is no part of the word). */
const DECADE = /^(\d0|\d{3}0)['’]?s$/;

/** A decade in four digits: "70" → "1970s", "10" → "2010s", "1960" → "1960s". */
function decadeOf(digits: string): string {
	if (digits.length === 4) return `${digits}s`;
	return `${Number(digits) < 20 ? '20' : '19'}${digits}s`;
}

/** The word the month "May" is indexed and asked by. */
const MONTH_MAY = 'maymonth';

/**
 * A word as the index holds it: accents dropped, lowercased, possessive and apostrophes dropped, thousands
 * separators dropped from numbers, full stops from abbreviations, spelling normalised, decades in four digits.
 *
 * @example
 * normaliseWord('Zelenskyy’s'); // 'zelensky'
 */
export function normaliseWord(surface: string): string {
	// "May" capitalised is the month, which the modal "may", a stopword, would drop from reports and questions alike.
	if (surface === 'May') return MONTH_MAY;
	const decade = DECADE.exec(surface);
	if (decade) return decadeOf(decade[1] ?? '');
	const raw = surface
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’']s$/, '')
		.replace(/[’']/g, '');
	const flat = /^[\d.,]+$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(/\./g, '');
	return SPELLINGS[flat] ?? flat;
}

/** A word made of a prefix and a hyphen ("re-elected", "co-founder"): the word after the prefix is indexed too. */
const PREFIXED =
	/^(?:re|co|pre|post|non|anti|ex|pro|self|multi|semi|counter|inter|mid|cross|sub|super|ultra|vice)-([\p{L}]{3,})$/u;

/**
 * The stems of the parts of a hyphenated word that starts with a number ("30-day", "14-year-old"), stopwords left
 * out, which people often write apart, or of the word after a prefix ("re-elected"); none for other words. (Names joined by a hyphen, "Trump-Putin", are left
 * whole: across many reports their parts matched the wrong ones.)
 *
 * @example
 * compoundParts('30-day'); // ['30', 'day']
 * compoundParts('re-elected'); // ['elect']
 * compoundParts('Trump-Putin'); // []
 */
export function compoundParts(word: string): string[] {
	const prefixed = PREFIXED.exec(word)?.[1];
	if (prefixed) return STOPWORDS.has(prefixed) ? [] : [stem(prefixed)];
	if (!/^\d[^-]*-/.test(word)) return [];
	return word
		.split('-')
		.filter((part) => part && !STOPWORDS.has(part))
		.map(stem);
}

/**
 * What the index holds for a text: its content stems and, for a hyphenated word that starts with a number, its
 * parts' stems too.
 *
 * @example
 * indexedStems('a 30-day truce'); // ['30-day', '30', 'day', 'truce']
 */
export function indexedStems(text: string): string[] {
	return tokenize(text)
		.filter((t) => !STOPWORDS.has(t.word))
		.flatMap((t) => [t.stem, ...compoundParts(t.word)]);
}

/** Content stems of a text: tokens minus stopwords. */
export function contentStems(text: string): string[] {
	return tokenize(text)
		.filter((t) => !STOPWORDS.has(t.word))
		.map((t) => t.stem);
}

/**
 * A light English stemmer: folds plurals, -ing, -ed, -ly, a few derivational endings and irregular forms so that
 * "launched", "launches" and "launching" meet, "grew" meets "grow", "died" meets "die" and "days" meets "day".
 * Deterministic and fast; precision matters less than recall here.
 *
 * @example
 * stem('injuries'); // 'injur'
 */
export function stem(word: string): string {
	let stemmed = knownStems.get(word);
	if (stemmed === undefined) {
		if (knownStems.size >= WORD_FORMS_KEPT) knownStems.clear();
		stemmed = stemWord(word);
		knownStems.set(word, stemmed);
	}
	return stemmed;
}

/**
 * Stems remembered, as wordForms remembers a token's: the rules stem the words of a question's candidates again and
 * again (a twentieth of a question's time). Pure, so the memo changes nothing.
 */
const knownStems = new Map<string, string>();

function stemWord(word: string): string {
	if (FOUNDING.test(word)) return 'founde';
	const irregular = IRREGULAR_FORMS[word] ?? SAID_FORMS[word] ?? prefixedIrregular(word);
	if (irregular) return irregular.length <= 3 ? irregular : stemmer(irregular);
	const base = shortBase(word);
	if (base) return base;
	if (word.length <= 3 || /\d/.test(word)) return word;
	const stemmed = stemmer(americanSpelling(word));
	// "days" → "dai", which should meet "day": a final "y" after a vowel the stemmer turned to "i" in a short stem.
	return /^[a-z][aeiou]i$/.test(stemmed) ? `${stemmed.slice(0, 2)}y` : stemmed;
}

/**
 * "said", "laid": past forms kept out of the irregular table, whose readers take its forms for verbs of a deed, but
 * which should meet "say" and "lay".
 */
const SAID_FORMS: Readonly<Record<string, string>> = { said: 'say', laid: 'lay' };

/** Prefixes an irregular verb keeps its forms under: "overpaid", "outgrew", "withheld", "mistook". */
const VERB_PREFIX = /^(over|under|out|with|mis|fore|up|re)(\p{L}{3,})$/u;

/** The base of a prefixed irregular form ("overpaid" → "overpay", "outgrew" → "outgrow"), else undefined. */
function prefixedIrregular(word: string): string | undefined {
	const parts = VERB_PREFIX.exec(word);
	const base = parts ? (IRREGULAR_FORMS[parts[2] ?? ''] ?? SAID_FORMS[parts[2] ?? '']) : undefined;
	return parts && base ? `${parts[1]}${base}` : undefined;
}

/**
 * Forms of "found" (to establish) kept apart from "found", the past of "find": "when was the firm founded" is not
 * answered by "found him guilty on Thursday".
 */
const FOUNDING = /^found(?:ed|ing)$/;

/**
 * The base of a form of a three-letter word, which the stemmer leaves whole while it cuts the form short ("die" but
 * "died" → "di", "use" but "used" → "us"): "died", "dies", "dying" → "die"; "tried" → "try"; "used", "using" →
 * "use"; "sued" → "sue". Undefined for other words.
 */
export function shortBase(word: string): string | undefined {
	if (word.length < 4 || word.length > 6) return undefined;
	const ie = /^([b-df-hj-np-tv-z])(?:ied|ies|ying)$/.exec(word);
	if (ie) return `${ie[1]}ie`;
	const y = /^([b-df-hj-np-tv-z]{2})(?:ied|ies)$/.exec(word);
	if (y) return `${y[1]}y`;
	const e = /^([aeiou][b-df-hj-np-tv-z]|[b-df-hj-np-tv-z]u)(?:ed|es|ing)$/.exec(word);
	return e ? `${e[1]}e` : undefined;
}
