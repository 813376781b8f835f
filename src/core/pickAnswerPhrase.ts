import type { AnalysedQuestion } from './analyseQuestion.ts';
import { nounAfter } from './extractCounts.ts';
import type { Mention, MentionType } from './findMentions.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { asksForSeveral, coordinatedEnd, coordinatedStart, namedByAskedWord } from './namedByAskedWord.ts';
import { datelineEnd } from './pickClause.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { clauseOf, clauseStarts, firstAtOrAfter, nearest } from './sentencePositions.ts';
import { contentStems, STOPWORDS, type Token } from './tokenize.ts';
import type { Fact, QuestionType } from './types.ts';
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
export const TIME_UNIT = /(?:^|[\s-])(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|century|centuries)\b/i;

/** Words before a date that make it the bound of a length of time: "until Friday", "since 2016". */
const BOUNDS = /\b(?:until|till|through|since)\s+$/i;
/** How far before a date its bound is looked for: a window, so a long sentence costs no more per date. */
const BOUND_CHARS = 12;

/** A length of time by its number ("two weeks", "30-day"), which says how long, not when. */
const SPAN =
	/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[- ]\p{L}+(?:[- ]long)?$/iu;
/** Words after a span that make it a point in time: "two weeks ago", "30 days later". */
const MAKES_POINT = /^\s*(?:ago|later|earlier|after|before|into|on)\b/i;

/** Whether a date is a length of time that, followed by `after`, does not say when. */
function isSpan(date: string, after: string): boolean {
	return SPAN.test(date) && TIME_UNIT.test(date) && !MAKES_POINT.test(after);
}

/** Among names, the kinds that fit a "where" or a "who" question best. */
const PREFERRED_ENTITIES: Partial<Record<QuestionType, readonly Fact['kind'][]>> = {
	where: ['place'],
	who: ['person', 'organisation'],
};

export interface AnswerPhrase {
	text: string;
	start: number;
	end: number;
	/** The phrase is of the kind the question asks for (a number for "how many", …). */
	typed: boolean;
}

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
	const wanted = duration ? DURATION : EXPECTED[question.type];
	const asked = new Set(question.terms.filter((t) => t.weight === 1).map((t) => t.stem));
	// "Who rescued Hidayat?": "Rahmat Hidayat", ending in a name asked, is the one asked about, not the answer (but
	// "Trump's wife" may be a Trump).
	const askedNames =
		question.type === 'who'
			? new Set(
					question.terms
						.filter(
							(t) => t.weight === 1 && t.capitalised && !possessive(question.text, t.word) && !TITLE_STEMS.has(t.stem),
						)
						.map((t) => t.stem),
				)
			: new Set<string>();
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
		if (question.type === 'when' && m.type === 'date' && isSpan(m.text, sentence.slice(m.end))) return false;
		// Tokens are in order: find the first inside the mention instead of filtering them all for each mention.
		let inside = 0;
		let unasked = false;
		let lastStem = '';
		const first = firstAtOrAfter(tokens, m.start);
		const last = Math.min(tokens.length, first + SENTENCE_LIMITS.tokens);
		for (let k = first; k < last; k++) {
			const token = tokens[k] as Token;
			if (token.start >= m.end) break;
			if (STOPWORDS.has(token.word)) continue;
			lastStem = token.stem;
			if (!asked.has(token.stem)) unasked = true;
			else inside++;
			// A mention's tokens are few unless its last is looked for among asked names: stop at the first not asked.
			if (unasked && askedNames.size === 0) break;
		}
		if (m.type === 'name' && askedNames.has(lastStem)) return false;
		return unasked || inside === 0;
	});
}

/** Titles and words of organisations' names: "Chief Minister" answers "Who do the Provincial Ministers report to?". */
const TITLE_STEMS = new Set(contentStems([...ROLE_WORDS, ...ORGANISATION_WORDS].join(' ')));

/** Whether `word` stands in the question as a possessive ("Trump's wife"). */
function possessive(question: string, word: string): boolean {
	return new RegExp(`\\b${word.replace(/[^\p{L}\p{N}]/gu, '')}['’]s\\b`, 'iu').test(question);
}

/**
 * Picks the short answer inside the supporting sentence: the mention of the expected kind closest to the
 * question's words (for a count, with the noun it counts), or the sentence itself when no kind is expected.
 *
 * @example
 * pickAnswerPhrase(question, 'Ukrainian forces managed to shoot down 72 drones.', mentions, tokens);
 * // { text: '72 drones', start: 39, end: 48, typed: true }
 */
export function pickAnswerPhrase(
	question: AnalysedQuestion,
	sentence: string,
	mentions: Mention[],
	tokens: Token[],
	entityKinds: ReadonlyMap<number, Fact['kind']> = new Map(),
): AnswerPhrase {
	const expected = expectedMentions(question, mentions, tokens, sentence);
	const asked = new Set(question.terms.map((t) => t.stem));
	const tied = expected.filter((m) => namedByAskedWord(question, sentence, m, asked));
	const fitting = PREFERRED_ENTITIES[question.type];
	const preferred = fitting ? expected.filter((m) => fitting.includes(entityKinds.get(m.start) ?? 'claim')) : [];
	const fitted = tied.length ? tied : preferred.length ? preferred : expected;
	// "the English critic John Ruskin": for "who", the person rather than the word of their nation (or a letter),
	// and rather than a place ("at the National Stadium … against Eastfield").
	const people =
		question.type === 'who'
			? fitted.filter((m) => !NATIONALITY.test(m.text) && m.text.length > 1 && entityKinds.get(m.start) !== 'place')
			: fitted;
	const found = people.length ? people : fitted;
	// Where a report was filed ("MOBILE, Alabama — ") is not where, or who, it is about, unless nothing else is named.
	const story = datelineEnd(sentence);
	const inStory = story > 0 ? found.filter((m) => m.start >= story) : found;
	const candidates = inStory.length ? inStory : found;
	const anchors = tokens
		.slice(0, SENTENCE_LIMITS.tokens)
		.filter((t) => asked.has(t.stem))
		.map((t) => (t.start + t.end) / 2);
	const clauses = clauseStarts(sentence, Math.max(anchors.at(-1) ?? 0, ...candidates.map((m) => m.end)));
	const anchorClauses = new Set(anchors.map((a) => clauseOf(clauses, a)));
	let best: Mention | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const mention of candidates) {
		const middle = (mention.start + mention.end) / 2;
		// A mention in a clause of its own (", who beat Eastfield on Friday,") answers less than one beside the words.
		const apart = anchors.length && !anchorClauses.has(clauseOf(clauses, middle)) ? sentence.length : 0;
		const distance = (anchors.length ? nearest(anchors, middle) : mention.start) + apart;
		if (distance < bestDistance) {
			best = mention;
			bestDistance = distance;
		}
	}
	if (!best) return { text: sentence, start: 0, end: sentence.length, typed: false };
	let end = best.end;
	if (best.type === 'number') {
		const rest = sentence.slice(end);
		const noun = nounAfter(rest);
		// "34-year-old", "thousands of people": the words that say what the figure is.
		const told = /^-year-old\b/.exec(rest) ?? (/s$/i.test(best.text) ? /^\s+of\s+\p{Ll}[\p{L}-]*/u.exec(rest) : null);
		if (noun) end += 1 + noun.length;
		else if (told) end += told[0].length;
	}
	if (best.type === 'quote')
		return { text: best.text.replace(/[,.]$/, ''), start: best.start, end: best.end, typed: true };
	const from = Math.max(0, best.start - BOUND_CHARS);
	const bound =
		HOW_LONG.test(question.text) && best.type === 'date' ? BOUNDS.exec(sentence.slice(from, best.start)) : null;
	const start = bound
		? from + bound.index
		: question.type !== 'when' && tied.includes(best)
			? coordinatedStart(sentence, expected, best)
			: best.start;
	if (best.type === 'name' && asksForSeveral(question.text)) end = coordinatedEnd(sentence, expected, best);
	return { text: sentence.slice(start, end), start, end, typed: true };
}
