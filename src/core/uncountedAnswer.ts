import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { AGE_AFTER_NAME, ASKS_AGE } from './askedAge.ts';
import { asksStuff } from './asksStuff.ts';
import { compositionShare } from './compositionShare.ts';
import { amountForHowMany } from './countAmounts.ts';
import { MONEY } from './extractCounts.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import { inRatio } from './inRatio.ts';
import type { CountMatch } from './matchCount.ts';
import { otherDeed } from './otherDeed.ts';
import { rateForTotal } from './otherPeriod.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { yearlyFigure } from './yearlyFigure.ts';

/**
 * The short answer of a sentence none of whose counts fits a "how many/how much" question: `picked`, its fit
 * lowered when it is an amount, an age, a part, a score, a figure joined to another word, a rate or a sum.
 */
export function uncountedAnswer(
	question: AnalysedQuestion,
	sentence: IndexedSentence | undefined,
	picked: AnswerPhrase,
	context: AnswerContext,
	count: CountMatch,
	asked: ReadonlySet<string>,
): ShortAnswer {
	const quote = sentence?.ref.quote ?? '';
	// "nine in 10 companies": a share, whatever noun follows it.
	const amount =
		amountForHowMany(question.text, picked.text) ||
		(picked.typed && HOW_MANY.test(question.text) && inRatio(quote, picked.start, picked.end));
	const yearly = picked.typed && yearlyFigure(question.text, quote, [picked.start, picked.end]);
	// "Siân Howells, 46, a nurse": an age in commas after a name counts nothing "how many" asks.
	// "started at the age of seven", "girls aged 9 to 14", "players under 18" or "a 61-year-old man" is no distance,
	// count or sum either.
	const age =
		picked.typed &&
		!ASKS_AGE.test(question.text) &&
		(AGE_AFTER_NAME.test(quote.slice(Math.max(0, picked.start - 40), picked.end + 1)) ||
			/\b(?:age of|aged)\s+$/i.test(quote.slice(Math.max(0, picked.start - 12), picked.start)) ||
			AGE_LIMIT_BEFORE.test(quote.slice(Math.max(0, picked.start - 30), picked.start)) ||
			AGE_SET_BEFORE.test(quote.slice(Math.max(0, picked.start - 30), picked.start)) ||
			/^[\d,]+-year-old$/u.test(picked.text));
	// "How much maize did Zambia harvest?" is not answered by "Half of Zambia's Maize Harvest" (but "how much of" is).
	const part = picked.typed && HOW_MUCH_STUFF.test(question.text) && FRACTION.test(picked.text);
	// "beating holders Northgate United 2-1 at Wembley": a score counts nobody "how many people" asks of.
	const score = picked.typed && SCORE.test(quote.slice(Math.max(0, picked.start - 4), picked.end + 16));
	// "How many robots" of "the six-wheeled robot": a figure joined to the word it counts (wheels), not the one asked.
	const joined = picked.typed && HOW_MANY.test(question.text) && joinedToOther(quote, picked.end, asked);
	const rate = picked.typed && rateForTotal(question.text, quote, picked.start);
	const sum =
		picked.typed &&
		((asksStuff(question.text) && MONEY.test(picked.text)) || compositionShare(question.text, quote, picked.start));
	// "died between 180 and 60 BC", "halted at about 9:15 p.m.": a year of an era or a time of day counts nothing.
	const dated = picked.typed && ERA_OR_CLOCK.test(quote.slice(picked.end, picked.end + 24));
	// "Paraguay is one of the world's largest soy exporters": one of a kind, no amount of anything.
	const member =
		picked.typed &&
		HOW_MANY_OR_MUCH.test(question.text) &&
		/^one$/i.test(picked.text) &&
		LINKED_BEFORE.test(quote.slice(Math.max(0, picked.start - 25), picked.start)) &&
		ONE_OF_MOST.test(quote.slice(picked.end, picked.end + 60));
	const deed =
		picked.typed && otherDeed(question.text, quote, sentence?.tokens ?? [], picked.start, picked.end)
			? context.options.otherDeedFit
			: 1;
	// "How many days will the strike last?" of "could add tens of thousands more patients": things, no time.
	const untimed = picked.typed && TIME_ASKED.test(question.text) && THING_AFTER.test(picked.text);
	const fit =
		amount || age || part || score || joined || rate || sum || dated || member || untimed
			? Math.min(count.fit, context.options.countMismatchFit)
			: count.fit;
	// "How many workers took part?" of "Among the workers who took part, the verdict was positive": no figure at all.
	if (!picked.typed && HOW_MANY_OR_MUCH.test(question.text))
		return { phrase: picked, fit: Math.min(fit, context.options.missingFigureFit) };
	return { phrase: picked, fit: (yearly ? fit * context.options.countOtherThingFit : fit) * deed };
}

/** People of an age limit right before a figure: "players under ", "people over ", "children below ". */
const AGE_LIMIT_BEFORE =
	/\b(?:players|children|kids|people|those|adults|pupils|students|girls|boys|men|women|patients|residents|anyone|everyone|teenagers|workers|drivers|voters)\s+(?:under|over|below|above)\s+$/i;

/** "of the world's largest", "of its main": after "one", the kind the thing is one of. */
const ONE_OF_MOST =
	/^\s+of\s+(?:the|its|their|his|her|\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{L}-]+['’]s?\s+)?(?:(?:larg|bigg|great|high|low|small|old|rich|poor|busi|fast|long|deadli|hott|wealthi|strong|wett|dri|cold|safe|heavi)est|most|least|leading|top|main|major)\b/u;
/**
 * A linking verb, a comma or an opening quotation mark before "one": "Paraguay is one of…", "a diamond, one of the
 * largest…", 'called it "one of the most careful…"' (not "One of the officers was killed", which counts one).
 */
const LINKED_BEFORE = /(?:\b(?:is|was|are|were|be|been|being|remains?|remained|became|becomes|as)\s+|,\s*|["“‘]\s*)$/i;

/**
 * An age set or changed, or a range of ages, right before a figure: "lowering the voting age from 18 to ", "a
 * retirement age of ", "ranged in age from 8 to 81" (not "people of working age to 32 million").
 */
const AGE_SET_BEFORE =
	/\b(?:voting|retirement|pension|pensionable|minimum|legal|drinking|school-leaving|leaving|driving|marriageable|marriage|criminal)\s+age(?:\s+limit)?\s+(?:from\s+\d+\s+)?(?:from|to|of|at)\s+$|\b(?:in\s+age|aged|ages)\s+(?:from|between)\s+(?:\d+\s+(?:to|and)\s+)?$/i;

/** What follows a year of an era ("180 and 60 BC", "AD 43" is read as a date) or the hour of a clock time ("9:15", "21:15", "3 a.m."). */
const ERA_OR_CLOCK =
	/^(?:(?:\s+(?:and|to|or)\s+\d{1,4})?\s+(?:BCE?|AD|CE|B\.C\.|A\.D\.)(?![\p{L}])|[:.]\d{2}\s*(?:[ap]\.?m\b|GMT|UTC|local|hours?\b)|:[0-5]\d(?![:.]?\d)|\s*[ap]\.m\.|\s*[ap]m\b)/u;

/** A score or a result, no noun counted after it: "2-1 at Wembley", "won 3–0.", "a 4-2 win". */
const SCORE =
	/(?<![\d.,])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,])(?!\s+(?!(?:at|in|on|to|after|against|with|win|victory|defeat|loss|draw)\b)\p{L})/u;

/** "How many days…", "how many more weeks…": a stretch of time counted in its unit. */
const TIME_ASKED = /\bhow\s+many\s+(?:more\s+)?(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)\b/iu;
/** A figure with a noun after it that is no unit of time: "tens of thousands more patients". */
const THING_AFTER =
	/\s(?!(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century)\b)\p{Ll}{3,}$/u;

/** "How many…", which counts things ("how long was the judgment" is answered by a "96-page" one). */
const HOW_MANY = /\bhow\s+many\b/i;

/** The word a figure is hyphenated to ("six-wheeled", "46-page"), when the question asks of no such thing. */
export function joinedToOther(sentence: string, end: number, asked: ReadonlySet<string>): boolean {
	const word = /^[-–](\p{L}+)/u.exec(sentence.slice(end, end + 30))?.[1];
	if (!word) return false;
	const base = word.toLowerCase().replace(/(?:ed|er)$/, '');
	return ![...asked].some((s) => s.length >= 3 && (base.startsWith(s) || s.startsWith(base)));
}

/** "How many…", "how much…", which a figure answers ("how far back" may be answered by "Roman taverns"). */
export const HOW_MANY_OR_MUCH = /\bhow\s+(?:many|much)\b/i;

/** "How much maize…": a stuff asked by its amount, not "how much of" it. */
const HOW_MUCH_STUFF = /\bhow much\s+(?!of\b|more\b|less\b)\p{L}+/iu;
/** A part of a whole, in words: "half", "two-thirds", "a quarter". */
const FRACTION =
	/^(?:(?:more|less) than\s+)?(?:a|one|two|three)?[\s-]*(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/i;
