import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { asksChange, compositionShare } from './compositionShare.ts';
import { asksMoney, isShare, isSumOrShare, sumsOf, UNITS } from './countAmounts.ts';
import { countPhrase } from './countPhrase.ts';
import { TIME_UNIT } from './expectedMentions.ts';
import { ASKS_FINE, FINE_WORDS, finedAt } from './finedAt.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import type { CountMatch } from './matchCount.ts';
import { measuresStuff } from './measuresStuff.ts';
import { nearestToAsked } from './nearestToAsked.ts';
import { pastFigure } from './otherPeriod.ts';
import { askedYear, otherYear, yearOf } from './otherYear.ts';
import { otherPeople } from './peopleMissing.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { sumOfOther } from './sumSubject.ts';
import { contentStems } from './tokenize.ts';
import { pricesOtherThing, totalForOne } from './totalForOne.ts';

/**
 * The short answer of sentence `index` to a question that asks a sum ("How much did NASA pay?"), or undefined when
 * the count of the sentence, `count`, holds the sum asked and countAnswer goes on to check it.
 */
export function sumAnswer(
	question: AnalysedQuestion,
	index: number,
	sentence: IndexedSentence | undefined,
	picked: AnswerPhrase,
	context: AnswerContext,
	count: CountMatch,
	asked: ReadonlySet<string>,
): ShortAnswer | undefined {
	const quoted = sentence?.ref.quote ?? '';
	// "How much did NASA pay?": a sum, whether a count holds it or not, the one by whoever the question names
	// ("while Japan offered ¥1.5 trillion"); a sentence without one likely does not answer.
	// "How much did it cost to build the chip?" is not answered by "an error rate of 0.03 percent".
	const money = asksMoney(question.text);
	// "How much did the rescue cost?" is not answered by "were fined 500 euros each": a fine is no cost.
	const fineUnasked = !ASKS_FINE.test(question.text);
	const unasked = (text: string, at: number) =>
		(money && isShare(text) && !asksChange(question.text)) ||
		(fineUnasked && finedAt(quoted, at)) ||
		compositionShare(question.text, quoted, at) ||
		// "How much does each lunch cost?" of "about 1.1 billion euros a year": a total, not the price of one.
		totalForOne(question.text, quoted, at, at + text.length);
	const sums = sumsOf(quoted, context.mentions.of(index)).filter((m) => !unasked(m.text, m.start));
	const sum = nearestToAsked(quoted, sums, sentence?.tokens ?? [], asked);
	const held = sum && count.fact && count.fact.span[0] <= sum.start && count.fact.span[1] >= sum.end;
	const phrase = sum && { text: sum.text, start: sum.start, end: sum.end, typed: true };
	// "How much has New Zealand pledged?" of "Australia pledged A$5 million, and New Zealand said…".
	// "How much prize money did Canada get?" of "The Norwegian team will share prize money of 60,000 francs".
	if (
		phrase &&
		(sumOfOther(question.text, quoted, phrase.start, context.mentions.of(index)) || otherPeople(question.text, quoted))
	)
		return {
			phrase: held && count.fact ? countPhrase(count.fact) : phrase,
			fit: context.options.otherActorFit,
			otherActor: true,
		};
	// "How much has Saxony paid out this year?" of "paid out 1.1 million euros … last year".
	// "How much did it earn in 2019?" of "earned 4 million euros in 2024, up from 1.2 million in 2019".
	if (
		phrase &&
		otherYear(
			question.text,
			quoted,
			phrase.start,
			phrase.end,
			sums.map((m) => [m.start, m.end] as const),
		)
	) {
		// "earned 4 million euros in 2024, up from 1.2 million euros in 2019": the year asked's own sum answers.
		const year = askedYear(question.text);
		const own = sums.find((m) => yearOf(quoted, m.start, m.end) === year);
		if (own) return { phrase: { text: own.text, start: own.start, end: own.end, typed: true }, fit: 1 };
		return { phrase, fit: context.options.missingFigureFit };
	}
	if (phrase && pastFigure(question.text, quoted, phrase.end, phrase.start))
		return { phrase, fit: context.options.missingFigureFit };
	// "How much was Greenfield fined?" of "Greenfield took in A$21.3 billion": a sum, but no fine.
	if (phrase && !fineUnasked && !FINE_WORDS.test(quoted))
		return {
			phrase: held && count.fact ? countPhrase(count.fact) : phrase,
			fit: context.options.countOtherThingFit,
		};
	if (phrase && !held) return { phrase, fit: 1 };
	// "How much does a powerball ticket cost?" of "winning an estimated $1.12 billion jackpot": another thing's sum.
	if (held && count.fact && pricesOtherThing(question.text, count.fact.subject))
		return { phrase: countPhrase(count.fact), fit: context.options.countOtherThingFit };
	// "How much does the tower weigh?", "how much have members found?": an amount of stuff answers a measuring verb.
	const stuff =
		MEASURING.test(question.text) && !money && !WORTH.test(question.text)
			? context.countFacts.get(index)?.find((f) => measuresStuff(f, []) && UNITS.has(lastStem(f.subject)))
			: undefined;
	if (stuff)
		return {
			phrase: countPhrase(stuff),
			fit: pastFigure(question.text, quoted, stuff.span[1], stuff.span[0]) ? context.options.missingFigureFit : 1,
		};
	// "How much has the water table dropped?" of "has fallen by about 4 metres", "by how much did she break the record?"
	// of "by 53 seconds": a change in a unit or of time answers.
	const unit = count.fact
		? UNITS.has(lastStem(count.fact.subject)) || TIME_UNIT.test(` ${count.fact.subject ?? ''}`)
		: picked.typed && TIME_UNIT.test(picked.text);
	// "How much is the tower leaning?", "how much did she train?": a measure answers a verb; "how much is a pass?" asks a price.
	if (!money && unit && !VALUED.test(question.text) && (asksChange(question.text) || DOING.test(question.text)))
		return undefined;
	// "By how much was staff overstated?" of "overstated by about 140": a bare figure is the change.
	if (
		!money &&
		!count.fact &&
		picked.typed &&
		BARE_FIGURE.test(picked.text) &&
		!unitAfter(quoted, picked.end) &&
		asksChange(question.text)
	)
		return undefined;
	// "How much prize money did she get?" is not answered by "four prizes".
	if (!count.fact || !isSumOrShare(count.fact.text) || unasked(count.fact.text, count.fact.span[0]))
		return { phrase: picked, fit: Math.min(count.fit, context.options.countMismatchFit) };
	return undefined;
}

/** A figure with no word after it: "about 140", "48,000". */
const BARE_FIGURE = /^(?:\p{L}+\s+){0,2}[\d.,]+$/u;
/** What a sum answers, not a measure: "how much is the squid worth", "how much is Sardinia putting into it". */
const VALUED =
	/\b(?:worth|value[ds]?|valued|put|puts|putting|invest(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?|sav(?:e|es|ed|ing)|owe[ds]?|owing)\b/iu;
/** A verb in the question besides "is": "did she train", "has it retreated", "is leaning". */
const DOING = /\b(?:do|does|did|has|have|had|will|would|can|could|must)\b|\b\p{L}{3,}(?:ing|ed)\b/iu;

/** Whether a unit or a unit of time follows the figure ending at `end`: "2 hours", "27 seconds". */
function unitAfter(sentence: string, end: number): boolean {
	const word = /^[\s-]*(\p{L}+)/u.exec(sentence.slice(end, end + 30))?.[1] ?? '';
	return UNITS.has(lastStem(word)) || TIME_UNIT.test(` ${word}`);
}

const WORTH = /\b(?:worth|value|valued)\b/i;

/** The stem of the last word of what a count counts: "tonne" of "tonnes", "projectil" of "kilogram copper projectile". */
export function lastStem(subject: string | undefined): string {
	return contentStems(subject ?? '').at(-1) ?? '';
}

/** Verbs a weight or volume answers after "how much" ("how much does it weigh", "how much oil leaked"). */
const MEASURING =
	/\b(?:weigh(?:s|ed)?|f(?:i|ou)nd|collect(?:ed)?|harvest(?:ed)?|produced?|caught|catch|carr(?:y|ies|ied)|hold|holds|held|stored?|grew|grow|spill(?:ed|t)?|leak(?:ed)?|pump(?:ed)?|us(?:e|ed)|consumed?|burn(?:ed|t)?|export(?:ed)?|import(?:ed)?|ship(?:ped)?|seized?)\b/i;
