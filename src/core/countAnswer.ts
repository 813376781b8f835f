import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { AGE_AFTER_NAME, ASKS_AGE } from './askedAge.ts';
import { askedShare } from './askedShare.ts';
import { asksStuff } from './asksStuff.ts';
import type { ShortAnswer } from './chooseShortAnswer.ts';
import { comparedFigure } from './comparedDate.ts';
import { compositionShare } from './compositionShare.ts';
import { sameActor } from './countActor.ts';
import {
	amountForHowMany,
	asksMoney,
	asksSum,
	isShare,
	isSumOrShare,
	measuresStuff,
	sumsOf,
	UNITS,
} from './countAmounts.ts';
import { countPhrase } from './countPhrase.ts';
import { MONEY } from './extractCounts.ts';
import { figureWithheld } from './figureWithheld.ts';
import { findMentions } from './findMentions.ts';
import { matchCount } from './matchCount.ts';
import { nearestToAsked } from './nearestToAsked.ts';
import { otherDay } from './otherDay.ts';
import { otherDeed } from './otherDeed.ts';
import { otherPeriod, otherRate, otherSpan, pastFigure, rateForTotal } from './otherPeriod.ts';
import { otherPeople } from './peopleMissing.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { sumOfOther } from './sumSubject.ts';
import { contentStems } from './tokenize.ts';

/**
 * The short answer of sentence `index` to a "how many/how much" question: the count that fits what is asked, with
 * its actor kept (another side's count has its fit lowered), else the sum a "how much" asks for, else `picked` with
 * the fit of the counts that do not fit.
 *
 * @example
 * countAnswer(analyseQuestion('How many drones were shot down?', …), index, picked, context).phrase.text;
 * // '72 drones shot down'
 */
export function countAnswer(
	question: AnalysedQuestion,
	index: number,
	picked: AnswerPhrase,
	context: AnswerContext,
): ShortAnswer {
	const sentence = context.corpus.sentence(index);
	const asked = new Set(question.terms.map((t) => t.stem));
	const share = askedShare(
		question.text,
		sentence?.ref.quote ?? '',
		context.mentions.of(index),
		sentence?.tokens ?? [],
		asked,
	);
	if (share)
		return {
			phrase: share,
			fit: compositionShare(question.text, sentence?.ref.quote ?? '', share.start)
				? context.options.countMismatchFit
				: 1,
		};
	// "What percentage…?" of a sentence that gives no share: another candidate may.
	if (share === null) return { phrase: picked, fit: context.options.missingFigureFit };
	// "How much will his insurance pay?" of "he did not yet know how much his insurer would pay": the figure is unsaid.
	// "How much ice did it lose the year before?" of "lost 6.1 percent this summer": another period's figure.
	const quoted = sentence?.ref.quote ?? '';
	// "How much will she earn a week?" of "a fee of 1.4 million euros": a total, no weekly figure.
	if (
		(figureWithheld(quoted) ||
			otherPeriod(question.text, quoted) ||
			otherSpan(question.text, quoted) ||
			otherDay(question.text, quoted) ||
			otherRate(question.text, quoted)) &&
		HOW_MANY_OR_MUCH.test(question.text)
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "How big a fine did he get?" of "sentenced to four years, half of it suspended": no sum at all.
	if (ASKS_FINE_SIZE.test(question.text) && !MONEY.test(quoted))
		return { phrase: picked, fit: context.options.missingFigureFit };
	const { stems, correct } = context.questionContext;
	const count = matchCount(question.text, context.countFacts.get(index) ?? [], stems, correct, context.options);
	if (asksSum(question.text)) {
		// "How much did NASA pay?": a sum, whether a count holds it or not, the one by whoever the question names
		// ("while Japan offered ¥1.5 trillion"); a sentence without one likely does not answer.
		// "How much did it cost to build the chip?" is not answered by "an error rate of 0.03 percent".
		const money = asksMoney(question.text);
		// "How much did the rescue cost?" is not answered by "were fined 500 euros each": a fine is no cost.
		const fineUnasked = !ASKS_FINE.test(question.text);
		const unasked = (text: string, at: number) =>
			(money && isShare(text)) || (fineUnasked && finedAt(quoted, at)) || compositionShare(question.text, quoted, at);
		const sums = sumsOf(quoted, context.mentions.of(index)).filter((m) => !unasked(m.text, m.start));
		const sum = nearestToAsked(quoted, sums, sentence?.tokens ?? [], asked);
		const held = sum && count.fact && count.fact.span[0] <= sum.start && count.fact.span[1] >= sum.end;
		const phrase = sum && { text: sum.text, start: sum.start, end: sum.end, typed: true };
		// "How much has New Zealand pledged?" of "Australia pledged A$5 million, and New Zealand said…".
		// "How much prize money did Canada get?" of "The Norwegian team will share prize money of 60,000 francs".
		if (
			phrase &&
			(sumOfOther(question.text, quoted, phrase.start, context.mentions.of(index)) ||
				otherPeople(question.text, quoted))
		)
			return {
				phrase: held && count.fact ? countPhrase(count.fact) : phrase,
				fit: context.options.otherActorFit,
				otherActor: true,
			};
		// "How much has Saxony paid out this year?" of "paid out 1.1 million euros … last year".
		if (phrase && pastFigure(question.text, quoted, phrase.end, phrase.start))
			return { phrase, fit: context.options.missingFigureFit };
		// "How much was Greenfield fined?" of "Greenfield took in A$21.3 billion": a sum, but no fine.
		if (phrase && !fineUnasked && !FINE_WORDS.test(quoted))
			return {
				phrase: held && count.fact ? countPhrase(count.fact) : phrase,
				fit: context.options.countOtherThingFit,
			};
		if (phrase && !held) return { phrase, fit: 1 };
		// "How much does the tower weigh?", "how much have members found?": an amount of stuff answers a measuring verb.
		const stuff =
			MEASURING.test(question.text) && !money && !WORTH.test(question.text)
				? context.countFacts.get(index)?.find((f) => measuresStuff(f, []) && UNITS.has(lastStem(f.subject)))
				: undefined;
		if (stuff) return { phrase: countPhrase(stuff), fit: 1 };
		// "How much prize money did she get?" is not answered by "four prizes".
		if (!count.fact || !isSumOrShare(count.fact.text) || unasked(count.fact.text, count.fact.span[0]))
			return { phrase: picked, fit: Math.min(count.fit, context.options.countMismatchFit) };
	}
	if (!count.fact) {
		const amount = amountForHowMany(question.text, picked.text);
		const quote = sentence?.ref.quote ?? '';
		const yearly = picked.typed && yearlyFigure(question.text, quote, [picked.start, picked.end]);
		// "Siân Howells, 46, a nurse": an age in commas after a name counts nothing "how many" asks.
		// "started at the age of seven", "girls aged 9 to 14" or "a 61-year-old man" is no distance, count or sum either.
		const age =
			picked.typed &&
			!ASKS_AGE.test(question.text) &&
			(AGE_AFTER_NAME.test(quote.slice(Math.max(0, picked.start - 40), picked.end + 1)) ||
				/\b(?:age of|aged)\s+$/i.test(quote.slice(Math.max(0, picked.start - 12), picked.start)) ||
				/^\d+-year-old$/u.test(picked.text));
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
		const deed =
			picked.typed && otherDeed(question.text, quote, sentence?.tokens ?? [], picked.start, picked.end)
				? context.options.otherDeedFit
				: 1;
		const fit =
			amount || age || part || score || joined || rate || sum
				? Math.min(count.fit, context.options.countMismatchFit)
				: count.fit;
		// "How many workers took part?" of "Among the workers who took part, the verdict was positive": no figure at all.
		if (!picked.typed && HOW_MANY_OR_MUCH.test(question.text))
			return { phrase: picked, fit: Math.min(fit, context.options.missingFigureFit) };
		return { phrase: picked, fit: (yearly ? fit * context.options.countOtherThingFit : fit) * deed };
	}
	// "How many tickets matched four white balls?" is not answered by "four tickets": the question gives that figure.
	if (givenFigures(question.text).has(count.fact.value ?? Number.NaN))
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.countMismatchFit };
	// "How many died in the landslide?" is not answered by "the monsoon kills hundreds of people each year".
	if (yearlyFigure(question.text, sentence?.ref.quote ?? '', count.fact.span))
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.countOtherThingFit };
	// "How many ships were delivered?" is not answered by "190 ships were rerouted".
	if (otherDeed(question.text, quoted, sentence?.tokens ?? [], count.fact.span[0], count.fact.span[1]))
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.otherDeedFit };
	// "How many did they fill in total last year?" is not answered by "480 potholes a day".
	if (rateForTotal(question.text, quoted, count.fact.span[0]))
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.missingFigureFit };
	// "How many visitors came this year?" is not answered by "about 180,000 visitors last year".
	if (pastFigure(question.text, quoted, count.fact.span[1], count.fact.span[0])) {
		// "1,340 snakebite cases this year, compared with 720 in the same period last year": this year's, of the same.
		const subject = count.fact.subject;
		const current = context.countFacts
			.get(index)
			?.find(
				(f) => f !== count.fact && f.subject === subject && !pastFigure(question.text, quoted, f.span[1], f.span[0]),
			);
		if (current) return { phrase: countPhrase(current), fit: count.fit };
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.missingFigureFit };
	}
	// "How much water will it use?" is not answered by "30 percent less water": a change, no amount.
	if (HOW_MUCH_NOUN.test(question.text) && !ASKS_SHARE.test(question.text) && SHARE.test(count.fact.text))
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.countMismatchFit };
	// "How much sewage ended up in the harbour?" is not answered by "fined NZ$1.9 million": a sum, no amount of it.
	// "How much did sales grow?" is not answered by "accounted for 71 percent of revenue": a part, no change.
	if (
		(asksStuff(question.text) && MONEY.test(count.fact.text)) ||
		compositionShare(question.text, quoted, count.fact.span[0])
	)
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.countMismatchFit };
	// "The biggest drop since 1987, when the crash knocked 14.9 percent off": that figure is the benchmark's.
	if (comparedFigure(question.text, sentence?.ref.quote ?? '', count.fact.span[0]))
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.countMismatchFit };
	const paragraph = context.corpus.sentence(index)?.paragraphIndex ?? -1;
	const nearby = () => context.corpus.paragraph(paragraph)?.terms.keys() ?? [];
	if (
		isSumOrShare(count.fact.text) &&
		sumOfOther(question.text, sentence?.ref.quote ?? '', count.fact.span[0], context.mentions.of(index))
	)
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.otherActorFit, otherActor: true };
	if (sameActor(question.text, count.fact, nearby))
		return { phrase: countPhrase(count.fact), fit: count.fit, matched: count.specific === true };
	return { phrase: countPhrase(count.fact), fit: count.fit * context.options.otherActorFit, otherActor: true };
}

const WORTH = /\b(?:worth|value|valued)\b/i;

/** The stem of the last word of what a count counts: "tonne" of "tonnes", "projectil" of "kilogram copper projectile". */
function lastStem(subject: string | undefined): string {
	return contentStems(subject ?? '').at(-1) ?? '';
}

/** Verbs a weight or volume answers after "how much" ("how much does it weigh", "how much oil leaked"). */
const MEASURING =
	/\b(?:weigh(?:s|ed)?|f(?:i|ou)nd|collect(?:ed)?|harvest(?:ed)?|produced?|caught|catch|carr(?:y|ies|ied)|hold|holds|held|stored?|grew|grow|spill(?:ed|t)?|leak(?:ed)?|pump(?:ed)?|us(?:e|ed)|consumed?|burn(?:ed|t)?|export(?:ed)?|import(?:ed)?|ship(?:ped)?|seized?)\b/i;

/** The figures a question gives itself ("four white balls", "the 2011 quake"), by value. */
function givenFigures(question: string): Set<number> {
	return new Set(
		findMentions(question).flatMap((m) => (m.type === 'number' && m.value !== undefined ? [m.value] : [])),
	);
}

/** One event a question asks about: "the landslide", "the bus crash". */
const THE_EVENT =
	/\bthe\b[^?!.]*\b(?:crash|collision|accident|landslide|fire|blaze|attack|collapse|flood|explosion|blast|storm|cyclone|hurricane|typhoon|quake|earthquake|shooting|crush|stampede|derailment|sinking|avalanche|eruption|riot|bombing)\b/i;
/** A figure of a year or of every year: "each year", "last year", "annually". */
const YEARLY = /\b(?:each|every|a|per|last|this)\s+year\b|\bannually\b|\bso far this year\b/i;
/** How far either side of a count its year is looked for, in characters. */
const YEARLY_WINDOW = 60;

/**
 * Whether a count answers a question about one event ("how many died in the landslide") with a figure of a whole
 * year ("kills hundreds of people each year", "road crashes killed 4,748 people last year"), the question asking of
 * no year itself.
 */
function yearlyFigure(question: string, sentence: string, span: readonly [number, number]): boolean {
	if (!THE_EVENT.test(question) || /\byears?\b|\bannual/i.test(question)) return false;
	return YEARLY.test(sentence.slice(Math.max(0, span[0] - YEARLY_WINDOW), span[1] + YEARLY_WINDOW));
}

/** A score or a result, no noun counted after it: "2-1 at Wembley", "won 3–0.", "a 4-2 win". */
const SCORE =
	/(?<![\d.,])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,])(?!\s+(?!(?:at|in|on|to|after|against|with|win|victory|defeat|loss|draw)\b)\p{L})/u;

/** "How big a fine", "how large was the penalty", "what size fine": the size of a fine, which only a sum gives. */
const ASKS_FINE_SIZE =
	/\bhow\s+(?:big|large|high|hefty|much)\s+(?:(?:a|an|the|was|is|were|are|of)\s+){0,2}(?:fine|penalty|settlement|payout)\b/i;
/** A question about a fine or penalty, which a fine answers. */
const ASKS_FINE = /\b(?:fine[ds]?|penalt\w*|sanction\w*|damages)\b/i;
/** A sentence that speaks of a fine or a penalty paid or sought. */
const FINE_WORDS = /\b(?:fine[ds]?|penalt\w*|sanction\w*|damages|ordered\s+to\s+pay|compensation)\b/i;
/** A fine right before a sum: "were fined 500 euros", "a fine of up to $10,000". */
const FINED_BEFORE = /\bfine[ds]?\s+(?:of\s+)?(?:up\s+to\s+|about\s+|around\s+|nearly\s+|a\s+record\s+)?$/i;
const FINE_WINDOW = 30;

/** Whether the figure at `at` is a fine: "were fined 500 euros", "a fine of up to $10,000". */
function finedAt(sentence: string, at: number): boolean {
	return FINED_BEFORE.test(sentence.slice(Math.max(0, at - FINE_WINDOW), at));
}

/** "How many…", which counts things ("how long was the judgment" is answered by a "96-page" one). */
const HOW_MANY = /\bhow\s+many\b/i;

/** The word a figure is hyphenated to ("six-wheeled", "46-page"), when the question asks of no such thing. */
function joinedToOther(sentence: string, end: number, asked: ReadonlySet<string>): boolean {
	const word = /^[-–](\p{L}+)/u.exec(sentence.slice(end, end + 30))?.[1];
	if (!word) return false;
	const base = word.toLowerCase().replace(/(?:ed|er)$/, '');
	return ![...asked].some((s) => s.length >= 3 && (base.startsWith(s) || s.startsWith(base)));
}

/** "How many…", "how much…", which a figure answers ("how far back" may be answered by "Roman taverns"). */
const HOW_MANY_OR_MUCH = /\bhow\s+(?:many|much)\b/i;

/** "How much maize…": a stuff asked by its amount, not "how much of" it. */
/** A share: "30 percent", "12%". */
const SHARE = /%|\bper\s?cent\b|\bpercentage points?\b/i;
/** A question that asks a share or a change ("by how much", "what percent"), which a share answers. */
const ASKS_SHARE =
	/\b(?:per\s?cent|percentage|share|proportion|by how much|how much (?:more|less|higher|lower|faster|slower|bigger|smaller|larger|cheaper|dearer|longer|shorter|greater|stronger|weaker|warmer|colder|hotter|older|younger|better|worse|further|heavier|lighter|deeper|wider))\b|%/iu;
/** "How much water…": a noun right after "how much" (not "how much did…"). */
const HOW_MUCH_NOUN =
	/\bhow much\s+(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can|of|more|less)\b)\p{L}+/iu;
const HOW_MUCH_STUFF = /\bhow much\s+(?!of\b|more\b|less\b)\p{L}+/iu;
/** A part of a whole, in words: "half", "two-thirds", "a quarter". */
const FRACTION =
	/^(?:(?:more|less) than\s+)?(?:a|one|two|three)?[\s-]*(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/i;
