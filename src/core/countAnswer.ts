import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { AGE_ASKED, apposedAge } from './apposedAge.ts';
import { askedShare } from './askedShare.ts';
import { casualtyUnsaid } from './casualtyUnsaid.ts';
import { compositionShare } from './compositionShare.ts';
import { amountForHowMany, asksSum } from './countAmounts.ts';
import { countFactAnswer } from './countFactAnswer.ts';
import { countOfThing, partHeld } from './countOfThing.ts';
import { damageUnsaid } from './damageUnsaid.ts';
import { distanceFromAsked, sizeForDistance, sizeForLength } from './distanceFromAsked.ts';
import { TIME_UNIT } from './expectedMentions.ts';
import { MONEY } from './extractCounts.ts';
import { figureOfAskedPeriod } from './figureOfAskedPeriod.ts';
import { figureWithheld } from './figureWithheld.ts';
import { ASKS_FINE_SIZE } from './finedAt.ts';
import { gapAsked } from './gapAsked.ts';
import { holdingUntold } from './holdingUntold.ts';
import { isInterval } from './isInterval.ts';
import { lengthOfThing } from './lengthOfThing.ts';
import { levelOfNumbers } from './levelOfNumbers.ts';
import { marginForTotal, worthForPayment } from './marginForTotal.ts';
import { countMatcherOf } from './matchCount.ts';
import { measureInUnit, measureOfAsked, measuresOther } from './measureOfAsked.ts';
import { distanceForSize, distanceUnsaid, sizeMeasureUnsaid, thingSizeUnsaid } from './measureUnsaid.ts';
import { QUALIFIERS } from './mentionPatterns.ts';
import { moneyForStuff } from './moneyForStuff.ts';
import { askedClause } from './otherClauseDate.ts';
import { otherDay } from './otherDay.ts';
import { otherPeriod, otherRate, otherSpan, pastPeriodUntold, rateForTotal } from './otherPeriod.ts';
import { partOfAskedSet } from './partOfAskedSet.ts';
import { partOfWhole } from './partOfWhole.ts';
import { perHeadUnsaid } from './perHead.ts';
import { perItemUnsaid } from './perItem.ts';
import { perOtherUnit } from './perOtherUnit.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { notPopulation, populationForOther } from './populationAsked.ts';
import { runOfResults } from './runOfResults.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { sumAnswer } from './sumAnswer.ts';
import { sumForOtherPurpose } from './sumForOtherPurpose.ts';
import { itemPriceMismatch, peopleForAmount, sumOrSizeMismatch } from './sumOrSizeMismatch.ts';
import { HOW_MANY_OR_MUCH, uncountedAnswer } from './uncountedAnswer.ts';
import { usualFigure } from './usualFigure.ts';
import { vagueAmount } from './vagueAmount.ts';
import { wholeForPart } from './wholeForPart.ts';

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
	// "How many visitors did it get?" of "Visitor numbers … rose by 22% last year, to about 48,000": the level reached.
	const level = levelOfNumbers(question.text, sentence?.ref.quote ?? '');
	if (level) return { phrase: level, fit: 1, matched: true };
	// "How many losses in a row?" of "the sixth defeat in a row": the run told by its ordinal.
	const run = runOfResults(question.text, sentence?.ref.quote ?? '');
	if (run) return { phrase: run, fit: 1, matched: true };
	// "How far ahead of Brandt did Kessler finish?" of "38 seconds ahead of Brandt": the gap, in time or distance.
	const gap = gapAsked(question.text, sentence?.ref.quote ?? '');
	if (gap) return { phrase: gap, fit: 1, matched: true };
	// "How tall is the tower?" of "the 300-metre tower": the size written before the very thing asked.
	const size = lengthOfThing(question.text, sentence?.ref.quote ?? '');
	if (size) return { phrase: size, fit: 1, matched: true };
	// "How many seats are in the Sabor?" of "the 151-seat Sabor": the count of the very thing asked.
	const whole = countOfThing(question.text, sentence?.ref.quote ?? '');
	if (whole) return { phrase: whole, fit: 1, matched: true };
	// "How heavy is the tortoise?" of a sentence with no weight in it; "How tall will the tower be?" of "voted 7 to 4".
	if (
		sizeMeasureUnsaid(question.text, sentence?.ref.quote ?? '') ||
		distanceUnsaid(question.text, sentence?.ref.quote ?? '') ||
		thingSizeUnsaid(question.text, sentence?.ref.quote ?? '')
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "What percentage…?" of a sentence that gives no share: another candidate may.
	if (share === null) return { phrase: picked, fit: context.options.missingFigureFit };
	// "How much will his insurance pay?" of "he did not yet know how much his insurer would pay": the figure is unsaid.
	// "How much ice did it lose the year before?" of "lost 6.1 percent this summer": another period's figure.
	const quoted = sentence?.ref.quote ?? '';
	// "How much will she earn a week?" of "a fee of 1.4 million euros": a total, no weekly figure.
	// "How much does each passenger get?" of "€4.5 million in compensation": a total, for no one of them.
	if (
		(figureWithheld(quoted) ||
			otherPeriod(question.text, quoted) ||
			pastPeriodUntold(question.text, quoted) ||
			otherSpan(question.text, quoted) ||
			otherDay(question.text, quoted) ||
			casualtyUnsaid(question.text, quoted) ||
			otherRate(question.text, quoted) ||
			perHeadUnsaid(question.text, quoted) ||
			perItemUnsaid(question.text, quoted) ||
			damageUnsaid(question.text, quoted)) &&
		HOW_MANY_OR_MUCH.test(question.text)
	)
		return { phrase: picked, fit: context.options.missingFigureFit };
	// "How big a fine did he get?" of "sentenced to four years, half of it suspended": no sum at all.
	if (ASKS_FINE_SIZE.test(question.text) && !MONEY.test(quoted))
		return { phrase: picked, fit: context.options.missingFigureFit };
	const count = countMatcherOf(question, context)(context.countFacts.get(index) ?? []);
	if (asksSum(question.text)) {
		const sum = sumAnswer(question, index, sentence, picked, context, count, asked);
		// "How much did each bus cost?" of "fuel costs around 1.18 euros per kilometre": a rate of another unit.
		if (sum?.phrase.typed && perOtherUnit(question.text, quoted, sum.phrase.start))
			return { ...sum, fit: Math.min(sum.fit, context.options.missingFigureFit), matched: false };
		// "How much do tickets at the Regal cost?" of "repairs … costing an estimated 1.2 million pounds": a total.
		if (
			sum?.phrase.typed &&
			sum.fit >= 1 &&
			(itemPriceMismatch(question.text, sum.phrase.text) || peopleForAmount(question.text, sum.phrase.text))
		)
			return { ...sum, fit: context.options.countMismatchFit, matched: false };
		if (sum) return sum;
	}
	const found = count.fact
		? countFactAnswer(question, index, sentence, context, { ...count, fact: count.fact })
		: uncountedAnswer(question, sentence, picked, context, count, asked);
	// "How many of the job cuts are in South Korea?" of "About 1,300 of the 4,200 positions are in South Korea".
	const part = found.phrase.typed
		? partOfWhole(question.text, quoted, found.phrase.start, found.phrase.end)
		: undefined;
	// "How much do they get next year?" of "5 percent this year and a further 4 percent next year".
	const period = found.phrase.typed
		? figureOfAskedPeriod(question.text, quoted, found.phrase, context.mentions.of(index))
		: undefined;
	// "How high was the storm surge?" of "winds of 175 kilometres per hour and a storm surge of up to 3.5 metres".
	const unit = measureInUnit(question.text, quoted, found.phrase, context.mentions.of(index));
	const answer = part
		? { ...found, phrase: part }
		: period
			? { ...found, phrase: period }
			: unit
				? { phrase: unit, fit: 1, matched: true }
				: found;
	if (
		answer.phrase.typed &&
		(sumOrSizeMismatch(question.text, answer.phrase.text) ||
			isInterval(question.text, sentence?.ref.quote ?? '', answer.phrase.start))
	)
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How many cheeses did Kettlewick enter?" of "run by Morwenna Kettle, 52, and her son": a person's age, no count.
	if (answer.phrase.typed && !AGE_ASKED.test(question.text) && apposedAge(quoted, answer.phrase))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How many were injured?" of "three of the injured were in critical condition": a part of the set asked.
	if (answer.phrase.typed && partOfAskedSet(question.text, quoted, answer.phrase.start))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How much did Henderson pay for the horse?" of "a race worth more than 50,000 pounds": a value, not a payment.
	// "How much damage did the fire cause?" of "The plant was fined 200,000 koruna": a sum paid for something else.
	if (
		answer.phrase.typed &&
		(worthForPayment(question.text, quoted, answer.phrase.start) ||
			sumForOtherPurpose(question.text, quoted, answer.phrase.start, answer.phrase.end))
	)
		return { ...answer, fit: Math.min(answer.fit, context.options.otherDeedFit), matched: false };
	// "How many people were lost?" of "lost 19 percent of its population": a share or a sum, no count.
	if (answer.phrase.typed && amountForHowMany(question.text, answer.phrase.text))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How many passengers were on the first ferry?" of "carries about 1.8 million passengers a year": a rate.
	if (answer.phrase.typed && rateForTotal(question.text, quoted, answer.phrase.start))
		return { ...answer, fit: Math.min(answer.fit, context.options.missingFigureFit), matched: false };
	if (answer.phrase.typed && perOtherUnit(question.text, quoted, answer.phrase.start))
		return { ...answer, fit: Math.min(answer.fit, context.options.missingFigureFit), matched: false };
	// "How many patients were admitted on the first day?" of "normally admits around 120 patients a day".
	if (answer.phrase.typed && usualFigure(question.text, quoted, answer.phrase.start))
		return { ...answer, fit: Math.min(answer.fit, context.options.missingFigureFit), matched: false };
	// "How many votes did Whitford get?" of "won by four votes": the gap between two counts, not a count anyone had.
	if (answer.phrase.typed && marginForTotal(question.text, quoted, answer.phrase.start))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How many were admitted?" of "23 people were hurt, and four were admitted": the figure of the clause asked of.
	const clause = answer.phrase.typed
		? askedClause(new Set(question.terms.map((t) => t.stem)), quoted, sentence?.tokens ?? [], answer.phrase)
		: undefined;
	if (clause) {
		const figure = context.mentions
			.of(index)
			.find((m) => m.type === 'number' && m.start >= clause[0] && m.end <= clause[1]);
		// "How many seats did the Alliance win?" of "won the election with 34.2 percent of the vote": a share, no count.
		if (figure)
			return {
				...answer,
				phrase: { text: figure.text, start: figure.start, end: figure.end, typed: true },
				...(amountForHowMany(question.text, figure.text) && HOW_MANY_NOUN.test(question.text)
					? { fit: context.options.countMismatchFit }
					: {}),
				matched: false,
			};
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	}
	// "How many islands does Tavuana have?" of "several outer islands": no figure; another sentence may give it.
	// "How many stewards were posted?" of "pinned for several minutes": a length of time, no count of stewards at all.
	if (
		answer.phrase.typed &&
		vagueAmount(answer.phrase.text) &&
		TIME_UNIT.test(answer.phrase.text) &&
		!TIME_UNIT.test(question.text)
	)
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How many patients were in the study?" of "only about half of the participants": a share, no count.
	if (answer.phrase.typed && (vagueAmount(answer.phrase.text) || shareAsCount(question.text, answer.phrase.text)))
		return { ...answer, fit: answer.fit * context.options.countOtherThingFit, matched: false };
	// "How many people live in Harlow Creek?" of "Two workers were killed": a count of others, no population.
	// "How many voted against the wind farm?" of "Residents of this hill village of 340 people voted…": its population.
	if (
		answer.phrase.typed &&
		(notPopulation(question.text, quoted, answer.phrase) || populationForOther(question.text, quoted, answer.phrase))
	)
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How many stores do they have?" of "The company then closed 40 stores": a count of what was done, not held.
	if (answer.phrase.typed && holdingUntold(question.text, quoted, answer.phrase))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How many seats are in the Sabor?" of "the party holds 42 seats in the Sabor": a part, which another sentence sizes.
	if (answer.phrase.typed && partHeld(question.text, sentence?.ref.quote ?? '', answer.phrase.start))
		return { ...answer, fit: Math.min(answer.fit, context.options.countOtherThingFit), matched: false };
	// "How many of the stores are in Wales?" of "runs 486 stores across England and Wales": the group, not the part.
	if (answer.phrase.typed && wholeForPart(question.text, quoted, answer.phrase))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How much power is the plant making?" of "took on debts of 50,000 pounds": a sum, no amount of the stuff asked.
	if (answer.phrase.typed && moneyForStuff(question.text, answer.phrase.text, quoted.slice(answer.phrase.end)))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How far is the vault from Bishkek?" of "about 40 kilometres south of Bishkek": the distance asked, outright.
	// "How fast do the trains go?" of "The trains reach a top speed of 320 kilometres an hour": the measure asked, of it.
	const quote = sentence?.ref.quote ?? '';
	// "How far away is the comet?" of "its nucleus is 4 kilometres across": a size; the distance beside it answers.
	// "How big is the whale?" of "about 110 kilometres from the coast": how far it is, not how big.
	if (answer.phrase.typed && distanceForSize(question.text, quote, answer.phrase.start, answer.phrase.end))
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	const distance = sizeForDistance(question.text, quote, answer.phrase, context.mentions.of(index));
	if (distance) return { ...answer, phrase: distance };
	// "How big was the octopus?" of "the dive reached 2,870 metres, where they filmed an octopus 40 centimetres long".
	const sized = sizeForLength(question.text, quote, answer.phrase, context.mentions.of(index));
	if (sized) return { ...answer, phrase: sized };
	if (distance === null)
		return { ...answer, fit: Math.min(answer.fit, context.options.countMismatchFit), matched: false };
	// "How heavy is the lander?" of "The lander also carries a small rover, named Pip, weighing 9 kilograms".
	if (measuresOther(question.text, quote, answer.phrase))
		return { ...answer, fit: Math.min(answer.fit, context.options.countOtherThingFit), matched: false };
	if (
		answer.fit < 1 ||
		!(distanceFromAsked(question.text, quote, answer.phrase) || measureOfAsked(question.text, quote, answer.phrase))
	)
		return answer;
	// "The 1,450-kilogram lander set down": the measure, without the thing it is written before.
	const adjective = /^[\d,.]+-\p{L}+(?=\s)/u.exec(answer.phrase.text)?.[0];
	const phrase = adjective
		? { ...answer.phrase, text: adjective, end: answer.phrase.start + adjective.length }
		: answer.phrase;
	return { ...answer, phrase, matched: true };
}

/** A share of a whole ("about half", "a third") given for "how many", which asks a count. */
const SHARE_WORD = new RegExp(
	`^(?:(?:${QUALIFIERS})\\s+)?(?:half|a\\s+third|a\\s+quarter|two-thirds|three-quarters)$`,
	'iu',
);

function shareAsCount(question: string, answer: string): boolean {
	return /^\s*how\s+many\b/iu.test(question) && SHARE_WORD.test(answer.trim());
}

/** "How many seats…", "how many people…": a count of a thing named (not "how many ran out", which a share may answer). */
const HOW_MANY_NOUN =
	/\bhow\s+many\s+(?!(?:of|were|was|are|is|did|do|does|have|has|had|will|would|could|can|got|get|went|ran|run|came|died|left|voted|took|stayed)\b)\p{L}+\s/iu;
