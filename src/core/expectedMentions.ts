/** Which mentions of a sentence are of the kind a question asks for: numbers, dates, names, quotes, lengths of time. */
import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Mention, MentionType } from './findMentions.ts';
import { QUALIFIERS } from './mentionPatterns.ts';
import { inScore } from './scoreFigure.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { firstAtOrAfter } from './sentencePositions.ts';
import { contentStems, STOPWORDS, type Token } from './tokenize.ts';
import type { QuestionType } from './types.ts';
import { ORGANISATION_WORDS, ROLE_WORDS } from './vocabulary.ts';

const EXPECTED: Readonly<Record<QuestionType, readonly MentionType[]>> = {
	count: ['number'],
	when: ['date'],
	where: ['name'],
	who: ['name'],
	quote: ['quote'],
	yesno: [],
	other: [],
};

/** "How long" asks for a duration, which is a number ("three hours") or reads as a date ("a 30-day truce"). */
export const HOW_LONG = /\bhow long\b/i;
const DURATION: readonly MentionType[] = ['number', 'date'];
/** A date that measures time ("30-day", "three weeks"), not one that places it ("Saturday"). */
export const TIME_UNIT =
	/(?:^|[\s-])(?:days?|nights?|weeks?|weekends?|months?|years?|hours?|minutes?|seconds?|decades?|seasons?(?!\s+(?:tickets?|pass(?:es)?|holders?|opener|openers|finale|premiere))|century|centuries)\b/i;

/** "How many days/weeks/years…": lengths of time counted. */
const UNITS_COUNTED =
	/\bhow\s+many\s+(?:days|nights|weeks|weekends|months|years|hours|minutes|seconds|decades|centuries)\b/i;

/** Words before a date that make it the bound of a length of time: "until Friday", "since 2016", "since a 2020 inspection". */
export const BOUNDS = /\b(?:until|till|through|since)\s+(?:(?:a|an|the)\s+)?$/i;
/** How far before a date its bound is looked for: a window, so a long sentence costs no more per date. */
export const BOUND_CHARS = 16;

/** A length of time by its number ("two weeks", "almost two years", "30-day"), which says how long, not when. */
const SPAN = new RegExp(
	`^(?:(?:${QUALIFIERS})\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[- ]\\p{L}+(?:\\s+(?:and\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+\\p{L}+)?(?:[- ]long)?$`,
	'iu',
);
/** How far after a span the words that make it a point in time are read. */
const POINT_CHARS = 16;
/** Words after a span that make it a point in time: "two weeks ago", "30 days later". */
const MAKES_POINT = /^\s*(?:ago|later|earlier|after|before|into|on)\b/i;

/** Words before a span that make it a point in time: "after 14 minutes", "within 30 days" (not "in": "the third in five years"). */
export const POINT_BEFORE = /\b(?:after|within)\s+$/i;

/** "pushed back by", "delayed by": a length of time after it is how much a date moved, never a date. */
const BY_BEFORE = /\bby\s+$/i;

/** Whether a length of time is what something moved by ("pushed back by at least four months after faults…"). */
function changedBy(date: string, sentence: string, start: number): boolean {
	return SPAN.test(date) && TIME_UNIT.test(date) && BY_BEFORE.test(sentence.slice(Math.max(0, start - 4), start));
}

/** Whether a date is a length of time that, followed by `after`, does not say when. */
function isSpan(date: string, after: string): boolean {
	return SPAN.test(date) && TIME_UNIT.test(date) && !MAKES_POINT.test(after);
}

/** The stems of the words that end a body's name ("Group", "Holdings", "Bank"). */
const BODY_STEMS = new Set(contentStems([...ORGANISATION_WORDS].join(' ')));
/** Titles and words of organisations' names: "Chief Minister" answers "Who do the Provincial Ministers report to?". */
const TITLE_STEMS = new Set(contentStems([...ROLE_WORDS, ...ORGANISATION_WORDS].join(' ')));

/**
 * Whether `word` stands in the question as a possessive ("Trump's wife"), as `\bword['’]s\b` case aside would say:
 * read by hand for plain ASCII (a Unicode regular expression made for each word costs tens of microseconds to
 * compile), by that expression otherwise.
 */
export function possessive(question: string, word: string): boolean {
	const bare = word.replace(/[^\p{L}\p{N}]/gu, '');
	if (!bare || !PLAIN_TEXT.test(question) || !PLAIN_TEXT.test(bare))
		return new RegExp(`\\b${bare}['’]s\\b`, 'iu').test(question);
	const text = question.toLowerCase();
	const sought = bare.toLowerCase();
	for (let at = text.indexOf(sought); at >= 0; at = text.indexOf(sought, at + 1)) {
		const end = at + sought.length;
		const boundaryBefore = WORD_CHAR.test(text.charAt(at - 1)) !== WORD_CHAR.test(sought.charAt(0));
		if (boundaryBefore && /^['’]s(?![A-Za-z0-9_])/.test(text.slice(end, end + 3))) return true;
	}
	return false;
}

/** Printable ASCII, or the typographic apostrophe: text the hand-read possessive reads exactly as the expression would. */
const PLAIN_TEXT = /^[ -~’]*$/;
/** A character `\b` counts as part of a word (ASCII letters, digits, underscore). */
const WORD_CHAR = /^[A-Za-z0-9_]$/;

/**
 * The mentions of the kind the question asks for in `sentence`, leaving out those the question itself names, and for
 * "when" the lengths of time that do not say when.
 */
export function expectedMentions(
	question: AnalysedQuestion,
	mentions: Mention[],
	tokens: Token[],
	sentence: string,
): Mention[] {
	const duration = HOW_LONG.test(question.text);
	// "How many days was it shut?": "23 days" reads as a date, a length of time, and counts the days asked.
	const unitsCounted = !duration && question.type === 'count' && UNITS_COUNTED.test(question.text);
	const wanted = duration || unitsCounted ? DURATION : EXPECTED[question.type];
	const asked = new Set(question.terms.filter((t) => t.weight === 1).map((t) => t.stem));
	// "Who rescued Hidayat?": "Rahmat Hidayat", ending in a name asked, is the one asked about, not the answer (but
	// "Trump's wife" may be a Trump); a name typed in lowercase ("who did novak beat") too.
	const askedNames =
		question.type === 'who'
			? new Set(
					question.terms
						.filter((t) => t.weight === 1 && !possessive(question.text, t.word) && !TITLE_STEMS.has(t.stem))
						.map((t) => t.stem),
				)
			: new Set<string>();
	// "Who was Ayesha's landlord?": "Ayesha Moorcroft" is Ayesha, not whom she had (but "Trump's wife" may be a Trump).
	const owners =
		question.type === 'who'
			? new Set(question.terms.filter((t) => t.weight === 1 && possessive(question.text, t.word)).map((t) => t.stem))
			: new Set<string>();
	// Of those, the ones the question writes as names, or the reports only ever do ("hollowmere").
	const properNames = new Set(question.terms.filter((t) => t.capitalised && askedNames.has(t.stem)).map((t) => t.stem));
	return mentions.slice(0, SENTENCE_LIMITS.mentions).filter((m) => {
		if (!wanted.includes(m.type)) return false;
		// "How long…": a length of time ("two hours"), or how far it runs ("until Friday", "since 2016").
		if (
			duration &&
			m.type === 'date' &&
			!TIME_UNIT.test(m.text) &&
			!BOUNDS.test(sentence.slice(Math.max(0, m.start - BOUND_CHARS), m.start))
		)
			return false;
		if (
			question.type === 'when' &&
			m.type === 'date' &&
			(isSpan(m.text, sentence.slice(m.end, m.end + POINT_CHARS)) || changedBy(m.text, sentence, m.start)) &&
			!POINT_BEFORE.test(sentence.slice(Math.max(0, m.start - POINT_CHARS), m.start))
		)
			return false;
		if (unitsCounted && m.type === 'date' && !isSpan(m.text, sentence.slice(m.end, m.end + POINT_CHARS))) return false;
		// "Saturday's 3-0 home loss": the score's "0" counts no losses.
		if (question.type === 'count' && m.type === 'number' && inScore(sentence, m.start, m.end)) return false;
		// Tokens are in order: find the first inside the mention instead of filtering them all for each mention.
		let inside = 0;
		let unasked = false;
		let lastStem = '';
		let lastWord = '';
		let firstStem = '';
		let bodyTail = true;
		const first = firstAtOrAfter(tokens, m.start);
		const last = Math.min(tokens.length, first + SENTENCE_LIMITS.tokens);
		for (let k = first; k < last; k++) {
			const token = tokens[k] as Token;
			if (token.start >= m.end) break;
			if (STOPWORDS.has(token.word)) continue;
			if (!firstStem) firstStem = token.stem;
			else if (!askedNames.has(token.stem) && !BODY_STEMS.has(token.stem)) bodyTail = false;
			lastStem = token.stem;
			lastWord = token.word;
			if (!asked.has(token.stem)) unasked = true;
			else inside++;
			// A mention's tokens are few unless its last is looked for among asked names: stop at the first not asked.
			if (unasked && askedNames.size === 0) break;
		}
		if (m.type === 'name' && owners.has(firstStem) && lastStem !== firstStem) return false;
		if (question.type === 'where' && m.type === 'name' && namesAskedThing(tokens, first, m.end, asked)) return false;
		// "Calder Bulk Shipping" for "who owns the ship": a trade's "-ing" word is not the thing asked.
		if (m.type === 'name' && askedNames.has(lastStem) && !lastWord.endsWith('ing')) return false;
		// "Who is buying Brightmill?": "Brightmill Group", the name asked with a body's word after it, is the one asked.
		// "Who's buying Hollowmere?": "Hollowmere Brewery", opening on a name the question gives as one, is the one asked.
		if (m.type === 'name' && askedNames.has(firstStem) && (bodyTail || properNames.has(firstStem))) return false;
		return unasked || inside === 0;
	});
}

/**
 * "Where was the cheese fair held?": "the International Cheese Fair" is the thing asked of, named, not where it was
 * (its last word and another are the question's; "Lisinski Concert Hall" is not). Reads the mention's tokens from
 * `first` up to `end`.
 */
function namesAskedThing(tokens: readonly Token[], first: number, end: number, asked: ReadonlySet<string>): boolean {
	let words = 0;
	let inside = 0;
	let last = '';
	for (let k = first; k < tokens.length && (tokens[k] as Token).start < end; k++) {
		const token = tokens[k] as Token;
		if (STOPWORDS.has(token.word)) continue;
		words++;
		last = token.stem;
		if (asked.has(last)) inside++;
	}
	return words > 1 && inside > 1 && asked.has(last);
}
