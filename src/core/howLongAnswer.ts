import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { gapBetween, measuresOtherThing } from './askedDuration.ts';
import { comparedDate } from './comparedDate.ts';
import { isAmount, isSumOrShare } from './countAmounts.ts';
import { TIME_UNIT } from './expectedMentions.ts';
import { isInterval } from './isInterval.ts';
import { laterLevel } from './laterLevel.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { tenureOfOther } from './tenureOfOther.ts';

/**
 * The short answer of sentence `index` to a "how long" question, with its fit: a length of time or of a thing, as the
 * question asks; a sum, a gap, a point in time, an age or a count of things fits less. Undefined where `picked`
 * answers as it is.
 *
 * @example
 * howLongAnswer(analyseQuestion('How long is the tunnel?', …), index, picked, context)?.phrase.text; // '14.2 km'
 */
export function howLongAnswer(
	question: AnalysedQuestion,
	index: number,
	picked: AnswerPhrase,
	context: AnswerContext,
): ShortAnswer | undefined {
	const quote = context.corpus.sentence(index)?.ref.quote ?? '';
	// "How long is the strike?" of "said Grace Oduya, a ward sister with 22 years at Harbourside": her time there.
	const names = question.terms.filter((t) => t.capitalised).map((t) => t.word);
	const kinds = context.entityKinds.get(index);
	if (picked.typed && tenureOfOther(question.text, quote, picked.start, names, (at) => kinds?.get(at) === 'person'))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "How long will Ribeiro be out?" of "led out of the water in 19 minutes 2 seconds": a race's time, no absence.
	if (picked.typed && ABSENCE.test(question.text) && /\bseconds?\b/iu.test(picked.text))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "How long will visas take now?" of "cut the processing time from 15 working days to five": the length it became.
	const later = picked.typed ? laterLevel(question.text, quote, picked.start, picked.end) : undefined;
	const figure = later === undefined ? undefined : context.mentions.of(index).find((m) => m.start === later);
	// "to about 17 minutes": the figure with the length of time read inside it ("17 minutes"), as one.
	const end = Math.max(
		figure?.end ?? 0,
		...context.mentions
			.of(index)
			.filter((m) => figure && m.start > figure.start && m.start < figure.end)
			.map((m) => m.end),
	);
	const level = figure && { ...figure, text: quote.slice(figure.start, end), end };
	// "Starting pay will climb from $41,200 to $46,000": the level a sum reached is no length of time.
	if (level && !isSumOrShare(level.text))
		return { phrase: { text: level.text, start: level.start, end: level.end, typed: true }, fit: 1 };
	// "How long was he a bus driver?" of "a 48-million-Canadian-dollar jackpot": the figure's hyphened word is a sum.
	const hyphened = quote.slice(picked.start, picked.end) + (/^-[\p{L}-]+/u.exec(quote.slice(picked.end))?.[0] ?? '');
	if (picked.typed && (isSumOrShare(picked.text) || isSumOrShare(hyphened)))
		return { phrase: picked, fit: context.options.otherDurationFit };
	if (picked.typed && (measuresOtherThing(question, quote, picked) || gapBetween(question.text, quote, picked)))
		return { phrase: picked, fit: context.options.otherDurationFit };
	if (picked.typed && inAskedUnit(question.text, picked.text))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "How long does the deal run?" of "a commission meeting every three months": how often, not how long; but what
	// recurs may take that long ("How long does the planet take to orbit?" of "once every 23 days").
	if (
		picked.typed &&
		!ASKS_TAKING.test(question.text) &&
		EVERY_BEFORE.test(quote.slice(Math.max(0, picked.start - 12), picked.start))
	)
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "How long was the bank down?" of "its third major outage in 18 months": the span the outages are counted in.
	if (picked.typed && COUNTED_IN_SPAN.test(quote.slice(Math.max(0, picked.start - 60), picked.start)))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "How long has he been coaching?" of "took over 18 months ago": the length, without "ago".
	if (picked.typed && /\s+ago$/i.test(picked.text)) {
		const text = picked.text.replace(/\s+ago$/i, '');
		return { phrase: { ...picked, text, end: picked.start + text.length }, fit: 1, matched: true };
	}
	// "How long is the report?" of "The 112-page report, published on Monday": a document's length is its pages.
	if (picked.typed && HOW_LONG_DOCUMENT.test(question.text)) {
		const pages = PAGES.exec(quote);
		if (pages)
			return {
				phrase: { text: pages[0], start: pages.index, end: pages.index + pages[0].length, typed: true },
				fit: 1,
			};
		// "…a progress report in six months": a length of time is no document's length.
		if (TIME_UNIT.test(picked.text)) return { phrase: picked, fit: context.options.otherDurationFit };
	}
	// "How long is the new metro line?" asks a length: "three years" is none, "a new 11.4-kilometre line" is; a
	// sentence that gives no length ("thousands of people queued to ride the line") leaves it to another.
	if (picked.typed && (HOW_LONG_THING.test(question.text) || IN_LENGTH_UNIT.test(question.text))) {
		const length = LENGTH.exec(quote);
		if (length)
			return {
				phrase: { text: length[0], start: length.index, end: length.index + length[0].length, typed: true },
				// "How long is the tunnel?" of "safety rooms every 250 metres": a spacing, no length.
				fit: isInterval(question.text, quote, length.index) ? context.options.otherDurationFit : 1,
			};
		const fit = TIME_UNIT.test(picked.text) ? context.options.otherDurationFit : context.options.missingFigureFit;
		return { phrase: picked, fit };
	}
	// "How long is her contract?" of "a contract until June 2029": how far it runs, not the sum beside it; "the worst
	// blackout since 2004" measures the blackout against another, not how long it lasted.
	if (picked.typed && /^(?:until|till|through|since)\s/i.test(picked.text))
		return {
			phrase: picked,
			fit:
				comparedDate(question.text, quote, picked) || ASKS_SPAN_DONE.test(question.text)
					? context.options.otherDurationFit
					: 1,
		};
	// "How long is her contract?" is not answered by a point in time ("on Tuesday night", "at 7:42 a.m.", "in 2017").
	if (picked.typed && POINT_IN_TIME.test(picked.text)) return { phrase: picked, fit: context.options.otherDurationFit };
	// "How long did the ferry take?" is not answered by an age ("two or three years old").
	if (picked.typed && /\bold$|-old\b/i.test(picked.text))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "a 40 mile an hour limit", "gusts of 70 knots": a speed is no length of time nor of a thing.
	if (picked.typed && SPEED.test(picked.text)) return { phrase: picked, fit: context.options.otherDurationFit };
	// "its second century" is a span counted by its rank, no length.
	if (picked.typed && RANKED_CENTURY.test(picked.text))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "4.1 million customers a week" is a rate of a thing, no length of time.
	if (picked.typed && TIME_UNIT.test(picked.text) && !PER_TIME.test(picked.text)) {
		// "jailed for six years and eight months": the length goes on in a smaller unit.
		const more = smallerRest(picked.text, quote.slice(picked.end));
		const end = picked.end + more.length;
		return { phrase: { ...picked, text: quote.slice(picked.start, end), end }, fit: 1, matched: true };
	}
	if (picked.typed && countsThing(context, index, picked)) {
		// "How long are the cracks?" of "three cracks up to 40 centimeters long": the length beside the count.
		const after = quote.slice(picked.end);
		const length = HOW_LONG_IS.test(question.text) ? LENGTH.exec(after) : null;
		if (length && !isInterval(question.text, after, length.index)) {
			const start = picked.end + length.index;
			return { phrase: { text: length[0], start, end: start + length[0].length, typed: true }, fit: 1 };
		}
		return { phrase: picked, fit: context.options.otherDurationFit };
	}
	// "How long will Rory be out of racing?" of "in front of a crowd of about 18,000": a count of people, no length.
	if (picked.typed && CROWD_OF.test(quote.slice(Math.max(0, picked.start - 30), picked.start)))
		return { phrase: picked, fit: context.options.otherDurationFit };
	// "How long did it take to drill the shaft?" asks a length of time: "70 centimetres" is none; "how long is Riverside
	// Walk shut" of "closed a 200-metre section…, likely to remain shut until at least Wednesday": how far it runs is.
	const state = HOW_LONG_STATE.test(question.text);
	if ((state || HOW_LONG_TIME.test(question.text)) && !(picked.typed && RUNS_TO.test(picked.text))) {
		const until = state ? UNTIL.exec(quote) : null;
		if (until)
			return {
				phrase: { text: until[0], start: until.index, end: until.index + until[0].length, typed: true },
				fit: 1,
			};
		return picked.typed ? { phrase: picked, fit: context.options.otherDurationFit } : undefined;
	}
	return undefined;
}

/** A gathering counted by the figure after it: "a crowd of", "an audience of", "a turnout of". */
const CROWD_OF =
	/\b(?:crowd|crowds|audience|attendance|turnout|population|gathering|congregation|workforce|membership)\s+of\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|at\s+least)?\s*$/iu;

/** " and eight months": the rest of a length given in two units ("two hours and 40 minutes"). */
const AND_SMALLER =
	/^\s+and\s+(?:a|an|one|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty)(?:-\p{L}+)?)\s+(months?|weeks?|days?|hours?|minutes?|seconds?)\b(?!\s+(?:later|after|earlier|ago|before|of|were|was|are|is|had|have|has)\b)/iu;
const UNIT_ORDER = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];

/** The rest of `length` in a smaller unit, as `after` goes on: " and eight months" after "six years"; else ''. */
function smallerRest(length: string, after: string): string {
	const more = AND_SMALLER.exec(after);
	const unit = (text: string) => UNIT_ORDER.findIndex((u) => new RegExp(`\\b${u}s?\\b`, 'i').test(text));
	return more && unit(more[1] ?? '') >= 0 && unit(more[1] ?? '') < unit(length) ? more[0] : '';
}

/**
 * An occasion told by its rank in a span of time: "its third major outage in", "the second strike within the past"; not
 * the first ("the first train in 14 years" tells how long there was none).
 */
const COUNTED_IN_SPAN =
	/\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+(?:[\p{L}-]+\s+){1,3}(?:in|within|over)\s+(?:(?:the|a)\s+)?(?:(?:past|last|previous|space\s+of|span\s+of)\s+)?$/iu;
/** "every three months", "once every two years": a length that says how often (not "each 90 minutes long"). */
const EVERY_BEFORE = /\bevery\s+$/i;
/** "How long does it take…": a time something takes, which a recurring one may give. */
const ASKS_TAKING = /\b(?:take|takes|taken|took)\b/i;

/** "…each day", "…every week": the unit a "how long" question measures by ("a day on Venus" is no such unit). */
const PER_UNIT = /\b(?:each|every|per)\s+(day|night|week|month|year)\b(?![\w-])/i;

/**
 * Whether a length answers in the unit the question measures by: "How long should children play outside each day?"
 * is not answered by "over five days", a length no day holds; "two hours a day" is (its own "a day" aside).
 */
function inAskedUnit(question: string, picked: string): boolean {
	const unit = PER_UNIT.exec(question)?.[1]?.toLowerCase();
	if (!unit) return false;
	return new RegExp(`(?<![\\w-])${unit}s?(?![\\w-])`, 'i').test(
		picked.replace(/\b(?:a|an|each|every|per)\s+\p{L}+$/iu, ''),
	);
}

/** "How long will she be out", "how long is he sidelined": an absence asked, which no time in seconds measures. */
const ABSENCE =
	/\bhow\s+long\s+(?:will|is|would|could|was|are)\s+.+?\s+(?:be\s+)?(?:out|off|sidelined|away|absent|injured|suspended|banned|unavailable)\b/iu;

/** "How long is the course in miles?": a length asked by its unit, whatever the thing. */
const IN_LENGTH_UNIT =
	/\bin\s+(?:miles|km|kms|kilomet(?:re|er)s|met(?:re|er)s|feet|ft|yards|inches|centimet(?:re|er)s|cm)\b/iu;

/** "How long is the bridge?": a thing whose length is asked, not a length of time ("how long was the train stuck?"). */
const HOW_LONG_THING =
	/\bhow long\s+(?:is|was|are|were|will)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}(?:line|bridge|tunnel|road|runway|railway|pipeline|river|wall|fence|track|route|border|coastline|canal|cable|(?:steam|war|air|motor)?ship|vessel|(?:life|speed|motor|house|fishing\s)?boat|liner|yacht|tanker|freighter|submarine|barge|wreck|plane|aircraft|train|queue|motorway|highway|trail|beach|dam|pier|tail|snake|skeleton|neck|core|pipe|rope|corridor)s?\b(?!\s+(?:[\p{L}\d-]+\s+){0,2}?(?:\p{L}+ed|stay|stays|remain|remains|keep|keeps|watch|last|lasts|take|takes|stuck|shut|open|down|out|held|kept|gone|away|stranded|missing|idle|offline|in\s+(?:service|operation|use|orbit|port|dock))\b)/iu;

/** "How long is the report?": a document, whose length is told in pages. */
const HOW_LONG_DOCUMENT =
	/\bhow long\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:report|book|novel|memoir|document|letter|dossier|judgment|judgement|ruling|manuscript|thesis|paper|petition|bill|manifesto|biography|review)s?\s*[?!.]*\s*$/iu;
/** A count of pages: "112-page", "340 pages". */
const PAGES = /(?<![\d.,])\d[\d,]*(?:-page|\s+pages)\b/iu;

/** A length in a unit, hyphened or not, with its conversion: "11.4-kilometre", "14.2 km (8.8 miles)"; no speed ("95 km per hour"). */
const LENGTH =
	/(?<![\d.,])\d[\d,.]*(?:\s|-)?(?:kilomet(?:re|er)s?|km|miles?|(?:centi|milli)?met(?:re|er)s?|cm|mm|inch(?:es)?|feet|foot|ft|yards?)\b(?!\s+(?:per|an|a)\s+(?:hour|minute|second)\b)(?:\s\((?:about\s)?\d[\d,.]*(?:\s|-)?\p{L}+\))?/iu;

/** A speed: "40 mile an hour", "95 km per hour", "60 mph", "40 knots". */
const SPEED =
	/\b(?:(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|feet)\s+(?:an|a|per)\s+(?:hour|second|minute)|mph|km\/h|kph|knots?)\b/iu;
/** A figure per period: "customers a week", "per hour". */
const PER_TIME = /\b(?:a|an|per|each)\s+(?:second|minute|hour|day|night|week|month|year)\b/i;

/** A day, an hour or a year told as when something happened, not how long: "on Tuesday night", "at 7:42 a.m.", "in 2017". */
const POINT_IN_TIME =
	/^(?:(?:on|at|in|last|this|next|about|around|approximately|roughly|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b|\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\d{4}$)|^(?:(?:on|at|in|during|by)\s+)?(?:last|this|next|early|late)\s+(?:year|week|month|night|weekend|morning|afternoon|evening|spring|summer|autumn|fall|winter|season|decade)$/i;

/** "second century", "the 21st century": a century told by its rank. */
const RANKED_CENTURY =
	/^(?:(?:the|its|their|a)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+centur(?:y|ies)\b/iu;

/** "How long is/are the …": a length asked of a thing, not of time. */
const HOW_LONG_IS = /\bhow\s+long\s+(?:is|are|was|were)\s+(?:the|its|their|these|those)\b/i;

/**
 * "How long" asked of a length of time, never of a length: "did it take", "did the blackout last", "how long ago",
 * "did the captain get in jail", "is the ban", "could they survive", "have they played there", "did the attack go on" (not "did the queue
 * stretch").
 */
const HOW_LONG_TIME =
	/\bhow long\s+(?:has|have|had)\b|\bhow long\s+did\b(?!.*\b(?:stretch|stretched|extend|extended|reach|reached|measure|measured|run|span|spanned|cover|covered)\b)|\bhow long\b.*\b(?:take|takes|took|taken|last|lasts|lasted|wait|waited|stay|stayed|spend|spent|jail|jailed|prison|sentence|sentenced|serve|served|ban|banned|suspended|suspension|married|contract|survive|survived|survives|surviving|live|lives|lived|living|endure|endured)\b|\bhow long ago\b/i;
/**
 * "How long is Riverside Walk shut for?", "how long will the cable car be shut": a state the question ends on, how long it
 * lasts; not "how long is the stretch of closed beaches" nor "the detour while it was closed".
 */
const HOW_LONG_STATE =
	/^(?!.*\b(?:where|while|when|that|which|of)\b).*\bhow long\b.*\b(?:shut|closed|blocked|stuck|offline|delayed|missing)(?:\s+for)?[\s?!.]*$/iu;

/**
 * "How long was the radar down?", "how long did the riot last": a span over, told by its length; "until 11:25 a.m." tells
 * only its end, "since Monday" a span not over.
 */
const ASKS_SPAN_DONE = /\bhow\s+long\s+(?:did|was|were)\b/iu;

/** How far a time runs, which answers "how long" too: "until Friday", "since 2016". */
const RUNS_TO = /^(?:until|till|through|since|from)\b/i;
/** How far a state runs: "until at least Wednesday", "until the spring", "until at least the end of the month". */
const UNTIL =
	/\b(?:until|till)\s+(?:at\s+least\s+)?(?:(?:the|a|an)\s+)?(?:(?:end|start|middle|beginning)\s+of\s+(?:the\s+)?)?(?:next\s+)?[\p{L}\d]+(?:\s+\d{1,2}(?=\b))?(?:,?\s+\d{4})?/iu;

/** Whether a "how long" answer is a count of things ("6.8 earthquake", "41 people"): no length of time or of way. */
function countsThing(context: AnswerContext, index: number, picked: AnswerPhrase): boolean {
	const fact = context.countFacts.get(index)?.find((f) => f.span[0] <= picked.start && f.span[1] >= picked.end);
	// "customers a week" counts customers: the rate's period is no length of time.
	const counted = fact?.subject?.replace(/\s+(?:per|an|a)\s+\p{L}+$/u, '');
	return fact !== undefined && counted !== undefined && !TIME_UNIT.test(` ${counted}`) && !isAmount(fact);
}
