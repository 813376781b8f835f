import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { anothersOrigin } from './anothersOrigin.ts';
import { FIGURE } from './answerKey.ts';
import { asksDay, namesDay } from './asksDay.ts';
import { comparedDate } from './comparedDate.ts';
import { HOW_LONG, TIME_UNIT } from './expectedMentions.ts';
import type { Mention } from './findMentions.ts';
import { gerundClauseDate } from './gerundClauseDate.ts';
import { howLongAnswer } from './howLongAnswer.ts';
import { lengthOfThing } from './lengthOfThing.ts';
import { lifeEventUnsaid, lifespanDate, originUnsaid } from './lifespanDate.ts';
import { namedPeriod } from './namedPeriod.ts';
import { otherClauseDate } from './otherClauseDate.ts';
import { otherDayOfTime } from './otherDay.ts';
import { otherOccasionDate } from './otherOccasionDate.ts';
import { dateToCome, otherTense, toldAllInPast, toldAsPast } from './otherTense.ts';
import { otherMonth, otherWeekday } from './otherWeekday.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';
import { raceTime } from './raceTime.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { startDate } from './startDate.ts';
import { timeToCome } from './timeToCome.ts';
import { stem } from './tokenize.ts';
import { whenClauseDate } from './whenClauseDate.ts';
import { isHeadlineSentence } from './withReportTopic.ts';

/**
 * "When was the last time…", "… before this": an earlier occasion than the one reported (not "when did X last win",
 * which the reported win may answer).
 */
const ASKS_LAST_TIME = /\blast\s+time\b|\bbefore\s+(?:this|that|now)\b/i;
/** A time of the week being reported: "on Sunday", "Thursday evening", "today", "this week". */
const THIS_WEEK =
	/^(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|yesterday|this\s+week(?:end)?|overnight)$/i;

/** "When is the next meeting?", "when's the next one": the next of something, a time to come. */
/** "When will schools reopen?", "when does the line resume", "when are flights back": an end to a closure asked. */
const ASKS_REOPENING = /\b(?:re-?open\w*|resum\w+|restart\w*|back\s+open|run\s+again|open\s+again)\b/i;
/** A closure that goes on, right before a date: "will remain closed", "stays shut on" (not "until", its end). */
const STAYS_SHUT =
	/\b(?:remain|remains|remained|stay|stays|stayed|kept|keep|will\s+be|be)\s+(?:closed|shut|suspended|cancell?ed|off)\s*(?:on|at|this|for)?\s*$/i;
/** A closure that lasts until the date right after: "will remain shut at least until". */
const SHUT_UNTIL =
	/\b(?:remain|remains|stay|stays|be|kept)\s+(?:closed|shut|suspended|off)\s+(?:(?:at\s+least|probably|likely)\s+)?(?:until|till)\s+$/iu;
const ASKS_NEXT = /^\s*when\s*(?:is|are|['’]s|will)\b.*\bnext\b/i;
/** Words that tell of something to come: "next", "will", "is scheduled", "due", "meets again", "resumes". */
const TELLS_TO_COME =
	/\b(?:next|will|shall|scheduled|due|expected|planned|upcoming|coming|tomorrow|later|plans?|intends?|(?:is|are)\s+to|again|set\s+to|slated|resumes?|reconvenes?|meets|returns)\b|['’]ll\b/i;

/** A date told as the time before: "last erupted in 1987", "was last seen on", "previously won in 2019". */
const LAST_TIME_BEFORE =
	/\b(?:last|previously|first)\s+(?:\p{Ll}+ed|\p{Ll}+en|won|ran|met|held|hit|saw|seen|bred|built|came|went)\s+(?:in|on|at|back\s+in)\s+(?:the\s+)?$/u;
/** A question that asks of a time before: "when did it last erupt", "the previous time", "first". */
const ASKS_EARLIER_TIME = /\b(?:last|previous(?:ly)?|first|before|earlier|ago)\b/i;

/** A date told as the first plan: "was originally due to be completed by 2022", "initially scheduled for March". */
const FIRST_PLAN_BEFORE =
	/\b(?:originally|initially)\s+(?:(?:due|scheduled|planned|expected|meant|set|supposed|intended|slated|earmarked)\s+)?(?:to\s+(?:be\s+)?\p{Ll}+\s+)?(?:in|on|by|for|at|until)\s+(?:the\s+)?$/u;
/** A question that asks of the first plan: "when was it originally due", "what was the original date". */
const ASKS_FIRST_PLAN = /\b(?:originally|initially|original|initial|at\s+first|first)\b/i;

/**
 * Whether the date at `start` is told as the time before ("last erupted in 1987") or as the first plan ("originally due
 * by 2022"), and the question asks of no such time.
 */
function earlierOccasion(question: string, sentence: string, start: number): boolean {
	const before = sentence.slice(Math.max(0, start - 60), start);
	return (
		(!ASKS_EARLIER_TIME.test(question) && LAST_TIME_BEFORE.test(before.slice(-40))) ||
		(!ASKS_FIRST_PLAN.test(question) && FIRST_PLAN_BEFORE.test(before))
	);
}

/** "What time…" asks a time of day; "what time period", "by what time" ask a date or an age. */
const WHAT_TIME = /(?<!\bby\s)\bwhat time\b(?!\s+(?:period|frame|span|zone|of\s+(?:the\s+)?year))|\bat what hour\b/i;

/** A time of day: "6:40 p.m.", "10am", "10 o'clock", "0300 GMT", "noon", "shortly after midnight". */
/** "When was it built/founded?": when something came to be, which no time of day tells. */
const ASKS_ORIGIN =
	/\bwhen\s+(?:was|were|is|are)\b[^?]*\b(?:built|constructed|founded|established|erected|designed|formed)\b/iu;
const CLOCK =
	/\d[:.][0-5]\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d:\d\d|\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\bo['’]clock\b|\b[0-2]\d[0-5]\d\s?(?:GMT|UTC|local|hours?)\b|\b(?:noon|midnight|dawn|dusk|daybreak|nightfall)\b/i;

/**
 * The short answer of sentence `index` to a "when", "what time" or "how long" question, with its fit: the date of a
 * life's span for "when was X born", the hour for "what time", a length of time for "how long" (a duration of another
 * thing, or a count of things, fits less); a sentence without a date or duration lacks the kind asked for. Undefined
 * for other questions, and where `picked` answers as it is.
 *
 * @example
 * timeAnswer(analyseQuestion('What time did the quake hit?', …), index, picked, context)?.phrase.text; // '8:55 p.m.'
 */
export function timeAnswer(
	question: AnalysedQuestion,
	index: number,
	picked: AnswerPhrase,
	context: AnswerContext,
): ShortAnswer | undefined {
	const quote = context.corpus.sentence(index)?.ref.quote ?? '';
	// "What was her time?", "what time did they row?": a race's time, not a time of day.
	const race = raceTime(question.text, quote);
	if (race) return { phrase: race, fit: 1, matched: true };
	if (race === null) return { phrase: picked, fit: context.options.missingFigureFit };
	// "What time on Wednesday did the sun throw it out?" is not answered by "on Friday": another day than the one given.
	// "…premiere on 26 December of what year?" is not answered by "26 October 2015": another month than the one given.
	if (
		question.type === 'when' &&
		picked.typed &&
		(otherWeekday(question.text, picked.text) || otherMonth(question.text, picked.text))
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When did Mount Oraku erupt?" is not answered by "It last erupted in 1987": the time before, not this one.
	if (question.type === 'when' && picked.typed && earlierOccasion(question.text, quote, picked.start))
		return { phrase: picked, fit: context.options.missingFigureFit };
	const life = question.type === 'when' ? lifespanDate(question.text, quote) : undefined;
	// "Ardani (1838-1901)" for "when was emil ardani born": the very fact asked, of the person asked.
	if (life) return { phrase: life, fit: 1, matched: spanOfAsked(question.text, quote, life.start) };
	// "When was Vargas born?" or "when was the brewery founded?" of a sentence that tells of no birth or start: its date
	// is another event's.
	if (question.type === 'when' && (lifeEventUnsaid(question.text, quote) || originUnsaid(question.text, quote)))
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When was Air Lagune founded?" is not answered by "Volta, founded in 2006": another's start.
	if (question.type === 'when' && picked.typed && anothersOrigin(question.text, quote, picked.start))
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "the largest … since 2019": the date is what the event is measured against, not when it happened.
	if (question.type === 'when' && picked.typed && comparedDate(question.text, quote, picked))
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When did it collapse?" is not answered by "nine remain in hospital six months after the collapse".
	// "…make her debut in that game after completing a medical on Tuesday": the day of another deed.
	if (question.type === 'when' && picked.typed && gerundClauseDate(question, quote, picked))
		return { phrase: picked, fit: context.options.missingFigureFit };
	if (question.type === 'when' && picked.typed && measuredFromAsked(question, quote, picked))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "When was the tower built?" is not answered by "within 28 days": a past asked, a length of time given.
	if (question.type === 'when' && picked.typed && PAST_WHEN.test(question.text) && bareLength(picked.text)) {
		// "On February 6, 2016, one day before the Super Bowl": the date written beside it, not the dateline's
		// ("CADDLETON, North Venmoor, Wed. 8 — "), which is when the report was filed.
		const date = context.mentions
			.of(index)
			.find(
				(m) =>
					m.type === 'date' &&
					m.start >= datelineEnd(quote) &&
					!bareLength(m.text) &&
					!saidOn(quote, { ...m, typed: true }),
			);
		if (date) return { phrase: { text: date.text, start: date.start, end: date.end, typed: true }, fit: 1 };
		return { phrase: picked, fit: context.options.otherDurationFit };
	}
	// "When do the suspects appear in court?" is not answered by "could be held for up to 96 hours": how long, not when.
	if (
		question.type === 'when' &&
		picked.typed &&
		bareLength(picked.text) &&
		/\bfor\s+(?:(?:up\s+to|about|around|nearly|almost|more\s+than|at\s+least|another|a\s+further)\s+)?$/iu.test(
			quote.slice(Math.max(0, picked.start - 20), picked.start),
		)
	)
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "When did the chief designer retire?" is not answered by "… when it opened in 1989": the date of another deed.
	if (
		question.type === 'when' &&
		picked.typed &&
		whenClauseDate(question.text, quote, picked.start, new Set(question.terms.map((t) => t.stem)))
	)
		return { phrase: picked, fit: context.options.otherDeedFit };
	// "When did the rent strike start?" of "Similar strikes have taken place … at Kingsmere in 2021": another event's date.
	if (question.type === 'when' && picked.typed && otherOccasionDate(question.text, quote))
		return { phrase: picked, fit: context.options.otherDeedFit };
	// "When was the clock first put up?" is not answered by "wound the clock by hand every Monday": a habit, no date.
	if (
		question.type === 'when' &&
		picked.typed &&
		/\b(?:every|each)\s+$/iu.test(quote.slice(Math.max(0, picked.start - 8), picked.start)) &&
		!/\b(?:every|each|usually|often|normally|regularly)\b/iu.test(question.text)
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When did Southfield last cut its forecast?" is not answered by "next week": a past asked, a time to come given.
	if (question.type === 'when' && picked.typed && otherTense(question.text, picked.text))
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When was the last time Serra Azul made the final?" of "won … on Sunday": this week's event, not an earlier one.
	if (question.type === 'when' && picked.typed && ASKS_LAST_TIME.test(question.text) && THIS_WEEK.test(picked.text))
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When is the bank's next rate meeting?" of "raised its rate … on Thursday": a sentence that tells of nothing to come.
	if (
		question.type === 'when' &&
		picked.typed &&
		ASKS_NEXT.test(question.text) &&
		!TELLS_TO_COME.test(quote.slice(0, SENTENCE_LIMITS.chars))
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When will the train line reopen?" of "Schools … will remain closed until at least Wednesday, and train services on
	// the coastal line … were suspended": the date of another clause, of other things.
	if (
		question.type === 'when' &&
		picked.typed &&
		otherClauseDate(
			new Set(question.terms.map((t) => t.stem)),
			quote,
			context.corpus.sentence(index)?.tokens ?? [],
			picked,
		)
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When will schools reopen?" of "will remain closed on Monday": a day they stay shut, not the day they open.
	if (
		question.type === 'when' &&
		picked.typed &&
		ASKS_REOPENING.test(question.text) &&
		!/^(?:until|till|through)\b/i.test(picked.text) &&
		STAYS_SHUT.test(quote.slice(Math.max(0, picked.start - 40), picked.start))
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "when will the ferries run again" of "were suspended on Friday and will resume on Sunday": the date to come.
	if (question.type === 'when' && picked.typed && toldAsPast(question.text, quote, picked.start)) {
		const toCome = dateToCome(question, quote, picked, context.mentions.of(index));
		// "will remain shut at least until Thursday" tells when it reopens.
		const reopens =
			toCome &&
			ASKS_REOPENING.test(question.text) &&
			SHUT_UNTIL.test(quote.slice(Math.max(0, toCome.phrase.start - 50), toCome.phrase.start));
		if (toCome) return { phrase: toCome.phrase, fit: toCome.asked || reopens ? 1 : context.options.untypedFit };
		return { phrase: picked, fit: context.options.missingFigureFit };
	}
	// "when might power be back" of "brought back memories of the ice storm of 1998"; a headline's present may be a past form.
	if (
		question.type === 'when' &&
		picked.typed &&
		toldAllInPast(question.text, quote) &&
		!isHeadlineSentence(context.corpus, index)
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "When was the Marisol building built?" of "collapsed at 3:14 a.m.": a year asked, no time of day; the year the
	// sentence writes answers ("the building, completed in 1979").
	if (question.type === 'when' && picked.typed && ASKS_ORIGIN.test(question.text) && CLOCK.test(picked.text)) {
		const year = context.mentions.of(index).find((m) => m.type === 'date' && /\b(?:1[0-9]|20)\d\d\b/.test(m.text));
		return year
			? { phrase: { text: year.text, start: year.start, end: year.end, typed: true }, fit: 1 }
			: { phrase: picked, fit: context.options.missingFigureFit };
	}
	if (question.type === 'when' && picked.typed && WHAT_TIME.test(question.text) && !CLOCK.test(picked.text)) {
		// "What time…": a time of day answers; a day alone does not ("on Saturday" for "what time did it make landfall"),
		// and another candidate may give the hour.
		const clock = context.mentions.of(index).find((m) => m.type === 'date' && CLOCK.test(m.text));
		if (clock) {
			const other = otherDayOfTime(question.text, quote, clock.start, clock.end);
			return {
				phrase: { text: clock.text, start: clock.start, end: clock.end, typed: true },
				fit: other ? context.options.missingFigureFit : 1,
				matched: !other,
			};
		}
		// A length of time ("72 hours") or a year ("since 2013") tells no time of day, nor does a day.
		const noHour = (FIGURE.test(picked.text) && TIME_UNIT.test(picked.text)) || YEAR_ONLY.test(picked.text);
		return { phrase: picked, fit: noHour ? context.options.otherDurationFit : context.options.missingFigureFit };
	}
	// "What day do the officers start?" is not answered by "last year" or "next May": a day asked, which another
	// sentence may give (another date of this one may be another deed's: "said on Monday that it would close in March").
	if (question.type === 'when' && picked.typed && asksDay(question.text) && !namesDay(picked.text)) {
		// "On February 6, 2016, one day before the Super Bowl": a length of time picked, the day written beside it.
		const day =
			FIGURE.test(picked.text) && TIME_UNIT.test(picked.text)
				? context.mentions
						.of(index)
						.find((m) => m.type === 'date' && namesDay(m.text) && !saidOn(quote, { ...m, typed: true }))
				: undefined;
		if (day) return { phrase: { text: day.text, start: day.start, end: day.end, typed: true }, fit: 1 };
		return { phrase: picked, fit: context.options.missingFigureFit };
	}
	// "What time…" of "at 2:47 p.m.": the kind of answer asked, which the re-ranker, trained on encyclopaedias, weighs little.
	if (question.type === 'when' && picked.typed && WHAT_TIME.test(question.text))
		return otherDayOfTime(question.text, quote, picked.start, picked.end)
			? { phrase: picked, fit: context.options.missingFigureFit }
			: { phrase: picked, fit: 1, matched: true };
	// "When does the ban start?" of "voted on Thursday to ban scooters from January 1": the date it applies from.
	const from =
		question.type === 'when' && picked.typed
			? startDate(question.text, quote, picked, context.mentions.of(index))
			: undefined;
	if (from) return { phrase: from, fit: 1, matched: true };
	// "When is the resit?" is not answered by the day the exam board spoke ("the exam board said on Tuesday").
	if (question.type === 'when' && picked.typed && !ASKS_SAYING.test(question.text) && saidOn(quote, picked))
		return { phrase: picked, fit: context.options.saidDateFit };
	// "How long was the dragon?" of "a nine-metre dragon … the ten-day event": the size of the thing asked, whatever
	// phrase was picked.
	const size = HOW_LONG.test(question.text) ? lengthOfThing(question.text, quote) : undefined;
	if (size) return { phrase: size, fit: 1, matched: true };
	// "During the Low Middle Ages it saw a golden age", "as early as in Jin dynasty": a named period of history.
	const period = question.type === 'when' ? namedPeriod(question.text, quote, picked.typed) : undefined;
	if (period) return { phrase: period, fit: 1 };
	// "When will the chicks fledge?" of "expected to fledge in about five weeks": a time from now answers.
	const toCome = question.type === 'when' && !picked.typed ? timeToCome(question.text, quote) : undefined;
	if (toCome) return { phrase: toCome, fit: 1 };
	if ((question.type === 'when' || HOW_LONG.test(question.text)) && !picked.typed)
		return { phrase: picked, fit: context.options.untypedFit, unsaidKind: true };
	const long = HOW_LONG.test(question.text) ? howLongAnswer(question, index, picked, context) : undefined;
	if (long) return long;
	if (question.type === 'when' && picked.typed) {
		const joined = joinedDates(quote, picked, context.mentions.of(index));
		if (joined.end > picked.end) return { phrase: joined, fit: 1 };
	}
	return undefined;
}

/** A question about a statement: when it was said, announced, reported. */
const ASKS_SAYING =
	/\b(?:say|says|said|announc\w*|report\w*|confirm\w*|tell|told|state[ds]?|declar\w*|reveal\w*|disclos\w*|publish\w*|unveil\w*)\b/i;
/** A verb of saying right before or after a day: "said on Tuesday", "on Tuesday announced". */
const SAID_BEFORE = /\b(?:said|says|announced|reported|confirmed|told\s+\p{L}+|stated)\s*$/iu;
const SAID_AFTER = /^\s*(?:said|announced|reported|confirmed)\b/i;

/** Whether the day is the day of a statement: "the board said on Tuesday", "the board on Tuesday said". */
function saidOn(quote: string, picked: AnswerPhrase): boolean {
	return (
		/^on\s/i.test(picked.text) &&
		(SAID_BEFORE.test(quote.slice(Math.max(0, picked.start - 30), picked.start)) ||
			SAID_AFTER.test(quote.slice(picked.end, picked.end + 20)))
	);
}

/** "When was…", "when did…": a past time asked. */
const PAST_WHEN = /^\s*when\s+(?:was|were|did|had)\b/i;

/** A length of time alone ("28 days", "within six months"), not a time ago ("two years ago") or a century ("the 16th century"). */
const BARE_LENGTH =
	/^(?:(?:within|for|in|about|nearly|almost|over|up\s+to|more\s+than|less\s+than|just)\s+)*(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|a\s+few|several)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)$/iu;

function bareLength(text: string): boolean {
	return BARE_LENGTH.test(text.trim());
}

/** A year alone, maybe after its preposition: "2013", "in 1998", "since 2019". */
const YEAR_ONLY = /^(?:(?:in|since|by|from|until)\s+)?\d{4}s?$/i;

/** What may join the parts of one time: "7 a.m. on Saturday, June 21", "on Tuesday at 6:40 p.m.". */
const DATE_JOINER = /^(?:\s+|,\s*|\s+at\s+)$/u;

/**
 * The date a "when" answer starts, with the parts of the same time written right after it ("at midnight" → "at
 * midnight on Sunday, August 10").
 */
function joinedDates(sentence: string, picked: AnswerPhrase, mentions: readonly Mention[]): AnswerPhrase {
	let end = picked.end;
	for (const mention of mentions) {
		if (mention.type !== 'date' || mention.start < end) continue;
		if (!DATE_JOINER.test(sentence.slice(end, mention.start))) break;
		// "on Jan. 16, two days before a title defence": a length of time after a date says how far it was from another.
		if (FIGURE.test(mention.text) && TIME_UNIT.test(mention.text) && !/\bago$/iu.test(mention.text)) break;
		end = mention.end;
	}
	return { ...picked, text: sentence.slice(picked.start, end), end };
}

/** A length of time after which, or before which, the asked event is (its word follows): "six months after the collapse". */
const FROM_EVENT = /^\s+(?:after|before|since|into)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?([\p{L}-]+)/u;

function measuredFromAsked(question: AnalysedQuestion, quote: string, picked: AnswerPhrase): boolean {
	if (!(FIGURE.test(picked.text) && TIME_UNIT.test(picked.text))) return false;
	const event = FROM_EVENT.exec(quote.slice(picked.end))?.[1];
	return event !== undefined && question.terms.some((t) => t.stem === stem(event.toLowerCase()));
}

/** Whether the life's span holding the date at `at` follows a name the question asks about: "Ardani (1838-1901)". */
function spanOfAsked(question: string, sentence: string, at: number): boolean {
	const open = sentence.lastIndexOf('(', at);
	const name = /(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(sentence.slice(Math.max(0, open - 40), Math.max(0, open)))?.[1];
	return name !== undefined && new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'iu').test(question);
}
