import type { AnalysedQuestion } from './analyseQuestion.ts';
import { AGE_ASKED, apposedAge } from './apposedAge.ts';
import { AGE_AFTER_NAME, ASKS_AGE } from './askedAge.ts';
import { namesFaith } from './askedLanguage.ts';
import { dateAfterAskedWord } from './dateAfterAskedWord.ts';
import { BOUND_CHARS, BOUNDS, expectedMentions, HOW_LONG, POINT_BEFORE, TIME_UNIT } from './expectedMentions.ts';
import type { Mention } from './findMentions.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import { asksForSeveral, coordinatedEnd, coordinatedStart, namedByAskedWord } from './namedByAskedWord.ts';
import { nounAfter } from './nounAfter.ts';
import { datelineEnd } from './pickClause.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { clauseOf, clauseStarts, nearest } from './sentencePositions.ts';
import { stem, type Token } from './tokenize.ts';
import type { Fact, QuestionType } from './types.ts';

/** Whether a mention says a length of time: "three weeks", "30-day", "six hours". */
function isLengthOfTime(sentence: string, mention: Mention): boolean {
	// "about 10 metres a day" is a speed: the rate's period is no length of time.
	const noun = (nounAfter(sentence.slice(mention.end, mention.end + 40)) ?? '').replace(
		/\s+(?:per|an|a)\s+\p{L}+$/u,
		'',
	);
	return TIME_UNIT.test(mention.text) || TIME_UNIT.test(` ${noun}`);
}

/** "US", "UK": a country's initials, a place, though NATIONALITY holds them. */
const INITIALS = /^\p{Lu}{2}$/u;
/** "What day…", "which year…": the unit of the time asked, which says what kind of answer, not where it stands. */
const ASKED_UNIT = /\b(?:what|which)\s+(day|date|year|month|week|hour|season)s?\b/i;
/** "…each day", "…every week": the unit a figure is asked per, which says nothing of where it stands either. */
const PER_UNIT = /\b(?:each|every|per)\s+(day|night|week|month|year|hour)\b(?![\w-])/i;

/** Words before a date that say which part of it: "the end of ", "the first half of ", "mid-". */
const PART_OF_DATE = /\b(?:the\s+)?(?:end|start|beginning|middle|turn|close|first\s+half|second\s+half)\s+of\s+$/iu;

/** How far before a date the words of its part are read: "the second half of " fits. */
const PART_CHARS = 24;

/** The name of a law or a treaty, which is nobody: "the Resource Management Act", "the Paris Agreement". */
export const LAW_NAME = /\s(?:Act|Bill|Treaty|Convention|Accord|Agreement|Directive|Charter|Protocol)$/u;

/** A few people counted just before the names that follow them: "The two council members who voted…, ". */
const SEVERAL_NAMED =
	/\b(?:two|three|four|five|both|\d)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}+(?:s|men|women|people|children)\b[^.;:,]{0,80},\s*$/u;
/** How far before a name the count of the people it names with others is looked for. */
const SEVERAL_CHARS = 120;

/** "When are the remaining shows?", "when were the two blasts": the dates of several things asked. */
const WHEN_SEVERAL =
	/^\s*when\s+(?:are|were|r)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}+[^s\s']s\s*[?!.]*\s*$/u;
/**
 * "When is the next show?", "when does the ban start": one date of several asked, the first or last, a start or end;
 * any other "when" takes every date the sentence lists ("sent on July 4 and July 19").
 */
const ONE_DATE =
	/\b(?:first|last|next|previous|second|earliest|latest|start(?:s|ed)?|begin(?:s|ning)?|began|end(?:s|ed)?|finish(?:es|ed)?|until|till|til)\b/iu;
/** What opens a range of dates or times: "between April and July", "between 2am and 4am". */
const BETWEEN = /\bbetween\s+$/iu;

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

/** Words of time a "when" question may hold besides its deed: "next year", "this week", "tomorrow". */
const TIME_WORD_STEMS: ReadonlySet<string> = new Set(
	['next', 'year', 'month', 'week', 'today', 'tomorrow', 'tonight', 'season'].map((w) => stem(w)),
);

/** "When did he die?", "when was it found": a deed asked in the past, which a sentence tells in the past. */
const ASKS_PAST_DEED = /\bwhen\s+(?:did|was|were|had)\b/iu;

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
	const all = expectedMentions(question, mentions, tokens, sentence);
	// "run by Morwenna Kettle, 52, and her son": a person's age counts nothing asked, where the sentence has other figures.
	const counted =
		question.type === 'count' && !AGE_ASKED.test(question.text)
			? all.filter((m) => m.type !== 'number' || !apposedAge(sentence, m))
			: all;
	const every = counted.length > 0 ? counted : all;
	// Where a report was filed ("MOBILE, Alabama — ", "GENEVA (Reuters) — ") is not where, or who, it is about,
	// unless nothing else is named.
	const story = datelineEnd(sentence);
	const told = story > 0 ? every.filter((m) => m.start >= story) : every;
	// The agency in a dateline ("KISUMU, Kenya (Xinhua) -") is neither: only its place may stand in for the story's.
	// Nor is the dateline's place anyone: "OXFORDSHIRE" does not answer "who founded Whitcombe University".
	const expected =
		told.length || question.type === 'who'
			? told
			: every.filter((m) => m.start >= story || sentence[m.start - 1] !== '(');
	const units = [ASKED_UNIT.exec(question.text)?.[1], PER_UNIT.exec(question.text)?.[1]].flatMap((unit) =>
		unit ? [stem(unit.toLowerCase())] : [],
	);
	// "When can I sign up for next year?": words of time say which date, not where it stands ("Next year's race is on
	// April 13, and registration opens on October 1").
	const timeWord = (s: string) => question.type === 'when' && TIME_WORD_STEMS.has(s);
	const asked = new Set(question.terms.map((t) => t.stem).filter((s) => !units.includes(s) && !timeWord(s)));
	const tied = expected.filter((m) => namedByAskedWord(question, sentence, m, asked));
	const fitting = PREFERRED_ENTITIES[question.type];
	const preferred = fitting ? expected.filter((m) => fitting.includes(entityKinds.get(m.start) ?? 'claim')) : [];
	const fitted = tied.length ? tied : preferred.length ? preferred : expected;
	// "the English critic John Ruskin": for "who", the person rather than the word of their nation (or a letter),
	// and rather than a place ("at the National Stadium … against Eastfield") or a law ("the Resource Management Act").
	// For "where", a person is no place ("confirmed by her son, David Calder"), nor a word of a nation ("Spanish law")
	// or a faith ("born to Lutheran parents in Viljandi").
	const people =
		question.type === 'who'
			? fitted.filter(
					(m) =>
						!NATIONALITY.test(m.text) &&
						m.text.length > 1 &&
						entityKinds.get(m.start) !== 'place' &&
						!LAW_NAME.test(m.text),
				)
			: question.type === 'where'
				? fitted.filter(
						(m) =>
							entityKinds.get(m.start) !== 'person' &&
							!(NATIONALITY.test(m.text) && !INITIALS.test(m.text)) &&
							!namesFaith(m.text),
					)
				: fitted;
	const unaged =
		question.type === 'count' && !ASKS_AGE.test(question.text)
			? people.filter((m) => !AGE_AFTER_NAME.test(sentence.slice(Math.max(0, m.start - 40), m.end + 1)))
			: people;
	// "Cristian Munteanu, 59, said it would hire about 600 workers": an age counts nothing "how many" asks.
	const inSentence = unaged.length ? unaged : people.length || question.type === 'where' ? people : fitted;
	// "How long…": a figure of time ("for six hours") or a date that bounds it ("a contract until June 2029") rather
	// than a count of things ("all 140 of its planes") or a sum.
	const bounded = (m: Mention) =>
		m.type === 'date' && BOUNDS.test(sentence.slice(Math.max(0, m.start - BOUND_CHARS), m.start));
	const timed = HOW_LONG.test(question.text) ? inSentence.filter((m) => isLengthOfTime(sentence, m) || bounded(m)) : [];
	const sized = timed.length ? timed : inSentence;
	// "How much capacity do the cells keep at -20?" is not answered by "minus 20 degrees": a figure the question gives.
	const given = question.type === 'count' ? question.givenFigures : undefined;
	const fresh = given?.size ? sized.filter((m) => m.value === undefined || !given.has(m.value)) : sized;
	const candidates = fresh.length ? fresh : sized;
	const words = tokens.slice(0, SENTENCE_LIMITS.tokens).filter((t) => asked.has(t.stem));
	// "including The Times of India (1838), … The Irish Times (1859)": a word the sentence writes once ("Irish") says
	// where the asked thing stands; one it repeats ("Times") does not.
	const times = new Map<string, number>();
	for (const w of words) times.set(w.stem, (times.get(w.stem) ?? 0) + 1);
	const once = words.filter((t) => times.get(t.stem) === 1);
	// A count is told by the noun it counts, wherever the other words stand ("two HDMI ports … six USB ports").
	const specific = question.type !== 'count' && once.length && once.length < words.length;
	const anchors = (specific ? once : words).map((t) => (t.start + t.end) / 2);
	const clauses = clauseStarts(sentence, Math.max(anchors.at(-1) ?? 0, ...candidates.map((m) => m.end)));
	const anchorClauses = new Set(anchors.map((a) => clauseOf(clauses, a)));
	// "Hertzberg fled to New York in 1940 and died there in 1961": for "when did he die", the date after the deed asked.
	let best: Mention | undefined =
		question.type === 'when' && candidates.length > 1 && ASKS_PAST_DEED.test(question.text)
			? dateAfterAskedWord(
					sentence,
					candidates.filter((m) => m.type === 'date'),
					tokens.slice(0, SENTENCE_LIMITS.tokens),
					asked,
				)
			: undefined;
	let bestDistance = best ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
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
	// "since a 2020 inspection": the event the year is of, after it.
	if (bound && /\s(?:a|an|the)\s+$/i.test(bound[0])) end += /^\s+\p{Ll}+\b/u.exec(sentence.slice(end))?.[0].length ?? 0;
	// "When did she score?" of "scored after 14 minutes": the length of time with the word that makes it a point.
	const point =
		question.type === 'when' && best.type === 'date' && !bound && TIME_UNIT.test(best.text)
			? POINT_BEFORE.exec(sentence.slice(from, best.start))
			: null;
	// "by the end of April": the part of the date asked.
	const partFrom = Math.max(0, best.start - PART_CHARS);
	const part =
		best.type === 'date' && !bound && !point ? PART_OF_DATE.exec(sentence.slice(partFrom, best.start)) : null;
	const start = bound
		? from + bound.index
		: point
			? from + point.index
			: part
				? partFrom + part.index
				: question.type !== 'when' && tied.includes(best)
					? coordinatedStart(sentence, expected, best)
					: best.start;
	// "The two council members who voted against the ban, Paul Nguyen and Erica Stone,": both are who did it.
	const several =
		asksForSeveral(question.text) ||
		(question.type === 'who' &&
			SEVERAL_NAMED.test(sentence.slice(Math.max(0, best.start - SEVERAL_CHARS), best.start)));
	if (best.type === 'name' && several) end = coordinatedEnd(sentence, expected, best);
	else if (
		best.type === 'date' &&
		question.type === 'when' &&
		(WHEN_SEVERAL.test(question.text) || !ONE_DATE.test(question.text))
	) {
		// "When are the remaining shows?" of "the remaining two performances, on Nov. 12 and Nov. 15": every date;
		// "between 11:30 p.m. and 5:30 a.m." as the range it is.
		const dates = expected.filter((m) => m.type === 'date');
		const listEnd = coordinatedEnd(sentence, dates, best);
		if (/\sand\s/u.test(sentence.slice(best.end, listEnd))) {
			end = listEnd;
			const between = BETWEEN.exec(sentence.slice(0, start));
			if (between) return { text: sentence.slice(between.index, end), start: between.index, end, typed: true };
		}
	} else if (best.type === 'name' && question.type === 'where' && entityKinds.get(best.start) === 'place') {
		// "sent to hospitals in Amersfoort and Arnhem": every place of a list answers "where" ("Jeddah, Saudi
		// Arabia" is one place, told more closely).
		const places = expected.filter((m) => entityKinds.get(m.start) === 'place');
		const listEnd = coordinatedEnd(sentence, places, best);
		if (/\sand\s/u.test(sentence.slice(best.end, listEnd))) end = listEnd;
	}
	return { text: sentence.slice(start, end), start, end, typed: true };
}
