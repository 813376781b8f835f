import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { asksStuff } from './asksStuff.ts';
import { comparedFigure } from './comparedDate.ts';
import { compositionShare } from './compositionShare.ts';
import { sameActor } from './countActor.ts';
import { isSumOrShare } from './countAmounts.ts';
import { otherCountDoer } from './countDoer.ts';
import { mayBePeople } from './countedNouns.ts';
import { countPhrase } from './countPhrase.ts';
import { MONEY } from './extractCounts.ts';
import { figureOfPeriod, figureOfYear } from './figureOfPeriod.ts';
import { givenFigures } from './givenFigures.ts';
import type { IndexedSentence } from './IndexedSentence.ts';
import { laterLevel } from './laterLevel.ts';
import type { CountMatch } from './matchCount.ts';
import { namedTally } from './namedTally.ts';
import { namesOccasion } from './namesOccasion.ts';
import { otherDeed } from './otherDeed.ts';
import { pastFigure, pastFigureAsked, rateForTotal } from './otherPeriod.ts';
import { askedYear, otherYear, yearOf } from './otherYear.ts';
import { partAfterWhole } from './partAfterWhole.ts';
import { partOfTotal } from './partOfTotal.ts';
import { partOfWhole } from './partOfWhole.ts';
import { earlierYearsFigure, previousOccasion } from './previousOccasion.ts';
import { reportText } from './reportText.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { sumOfOther } from './sumSubject.ts';
import { contentStems } from './tokenize.ts';
import type { Fact } from './types.ts';
import { reportTermLookup } from './withReportTopic.ts';
import { yearlyFigure } from './yearlyFigure.ts';

/**
 * The short answer of sentence `index` given by its count that fits a "how many/how much" question, its fit lowered
 * when the count is a figure the question gives, a year's, another deed's, a rate, a past one, a change, a sum, a
 * benchmark's or another side's.
 */
export function countFactAnswer(
	question: AnalysedQuestion,
	index: number,
	sentence: IndexedSentence | undefined,
	context: AnswerContext,
	count: CountMatch & { fact: Fact },
): ShortAnswer {
	const answer = fittingCount(question, index, sentence, context, count);
	const quote = sentence?.ref.quote ?? '';
	const at = (start: number, end: number): ShortAnswer => ({
		...answer,
		phrase: { text: quote.slice(start, end), start, end, typed: true },
	});
	// "How many votes did Labour get?" of "1,412 votes, ahead of Labour's Martin Gayle on 987": the side's own tally.
	const tally = namedTally(question.text, quote);
	if (tally && tally[0] !== count.fact.span[0]) return at(...tally);
	if (answer.phrase.start !== countPhrase(count.fact).start) return answer;
	// "How many pupils were referred?" of "118 of the 530 pupils tested were referred": the part, as fitting.
	const part = partOfTotal(question.text, quote, count.fact.span[0], count.fact.span[1]);
	if (part) return at(...part);
	// "How many guides does he have now?" of "cut his staff from 14 guides to 9": the level it changed to, as fitting.
	const later = laterLevel(question.text, quote, count.fact.span[0], count.fact.span[1]);
	if (later === undefined) return answer;
	const near = (start: number) => start >= later && start <= later + LATER_SLACK;
	const to = context.countFacts.get(index)?.find((f) => near(f.span[0]));
	if (to) return { ...answer, phrase: countPhrase(to) };
	// "from 14 guides to 9": the later figure alone, its noun the earlier one's.
	const bare = context.mentions.of(index).find((m) => m.type === 'number' && near(m.start));
	return bare ? at(bare.start, bare.end) : answer;
}

function fittingCount(
	question: AnalysedQuestion,
	index: number,
	sentence: IndexedSentence | undefined,
	context: AnswerContext,
	count: CountMatch & { fact: Fact },
): ShortAnswer {
	const quoted = sentence?.ref.quote ?? '';
	// "How many tickets matched four white balls?" is not answered by "four tickets": the question gives that figure.
	const inQuestion = question.givenFigures ?? givenFigures(question.text);
	if (inQuestion.has(count.fact.value ?? Number.NaN)) {
		// "How many of its top 20 investors voted against?" of "Of its 20 largest investors, 13 voted against": the
		// figure right after the whole the question gives.
		const part = partAfterWhole(question.text, context, index, count.fact.span[1], count.fact.value ?? 0, inQuestion);
		if (part) return { phrase: part, fit: count.fit };
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.countMismatchFit };
	}
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
	// "How many cases were there by this point last year?" of "148,600 cases, compared with 81,200 in the same period
	// last year": the past period's figure.
	const past = pastFigureAsked(
		question.text,
		quoted,
		count.fact.span[0],
		count.fact.span[1],
		context.mentions.of(index),
	);
	if (past) return { phrase: past, fit: count.fit };
	// "How many cases were there the year before?" of "48,000 cases last year, up from 31,000 the year before".
	const ofPeriod = figureOfPeriod(question.text, quoted, count.fact.span, context.mentions.of(index));
	if (ofPeriod) return { phrase: ofPeriod, fit: count.fit };
	// "How many passengers came in 2019?" is not answered by "about 650,000 passengers in the 2024 season".
	const year = askedYear(question.text);
	const given = year && yearOf(quoted, count.fact.span[0], count.fact.span[1]);
	// "How many seats did it have in 2021?" of "took 38 seats, up from 29 in the 2021 election": the year's figure.
	const ofYear =
		year && !given
			? figureOfYear(question.text, quoted, count.fact, context.mentions.of(index), context.countFacts.get(index) ?? [])
			: undefined;
	if (ofYear) return { phrase: ofYear, fit: count.fit };
	if (given && given !== year) {
		// "412 cruise calls … in the 2024 season, up from 298 calls in 2019": the year asked's count of the same.
		const facts = context.countFacts.get(index) ?? [];
		const head = count.fact.subject?.split(/\s+/).at(-1);
		// "only six were written in 1842 and six shorter pieces in 1843": the year's count of things for things asked,
		// less surely its answer than a count of the very thing.
		const inYear = facts.filter((f) => f !== count.fact && yearOf(quoted, f.span[0], f.span[1]) === year);
		const last = (f: Fact) => contentStems(f.subject ?? '').slice(-1);
		const same = inYear.find((f) => f.subject !== undefined && f.subject.split(/\s+/).at(-1) === head);
		if (same) return { phrase: countPhrase(same), fit: count.fit };
		const kin = inYear.find((f) => f.subject !== undefined && mayBePeople(last(f)) === mayBePeople(last(count.fact)));
		if (kin) return { phrase: countPhrase(kin), fit: count.fit * context.options.countOtherThingFit };
		const spans = facts.filter((f) => f !== count.fact).map((f) => f.span);
		if (otherYear(question.text, quoted, count.fact.span[0], count.fact.span[1], spans))
			return { phrase: countPhrase(count.fact), fit: count.fit * context.options.missingFigureFit };
	}
	// "How many pianists applied?" is not answered by "In 2022, the previous edition, 290 pianists applied".
	// "How many people died?" of "In 1991, a cyclone of similar strength killed about 138,000 people" in a later year's report.
	// "how many students got sick in the ashgrove outbreak" of "In May 2021, 23 pupils at Ashgrove…": the occasion asked.
	if (
		(previousOccasion(question.text, quoted, count.fact.span[0], count.fact.span[1]) ||
			(sentence !== undefined &&
				earlierYearsFigure(question.text, quoted, count.fact.span[0], () =>
					reportText(context, sentence.paragraphIndex),
				))) &&
		!(
			sentence !== undefined && namesOccasion(question.text, quoted, () => reportText(context, sentence.paragraphIndex))
		)
	)
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.missingFigureFit };
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
	// "How many points did Renata Fagundes score?" of "Larissa Moura, 26, scored 34 points, … a block on Renata Fagundes".
	const report = {
		has: (term: string) => reportTermLookup(context.corpus, context.corpus.paragraphReport[paragraph] ?? 0).has(term),
		text: () => reportText(context, paragraph),
	};
	if (otherCountDoer(question.text, quoted, count.fact.span[0], nearby, report))
		return { phrase: countPhrase(count.fact), fit: count.fit * context.options.otherActorFit, otherActor: true };
	// "How many drivers joined the strike?" of "About 2,900 of DMT's 3,400 drivers joined": the part that did it.
	const part = partOfWhole(question.text, quoted, count.fact.span[0], count.fact.span[1]);
	if (sameActor(question.text, count.fact, nearby))
		return { phrase: part ?? countPhrase(count.fact), fit: count.fit, matched: count.specific === true };
	return { phrase: countPhrase(count.fact), fit: count.fit * context.options.otherActorFit, otherActor: true };
}

/** How far past "to" the later level's figure may start: "to about 9". */
const LATER_SLACK = 12;
/** A share: "30 percent", "12%". */
const SHARE = /%|\bper\s?cent\b|\bpercentage points?\b/i;
/** A question that asks a share or a change ("by how much", "what percent"), which a share answers. */
const ASKS_SHARE =
	/\b(?:per\s?cent|percentage|share|proportion|by how much|how much (?:more|less|higher|lower|faster|slower|bigger|smaller|larger|cheaper|dearer|longer|shorter|greater|stronger|weaker|warmer|colder|hotter|older|younger|better|worse|further|heavier|lighter|deeper|wider))\b|%/iu;
/** "How much water…": a noun right after "how much" (not "how much did…"). */
const HOW_MUCH_NOUN =
	/\bhow much\s+(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can|of|more|less)\b)\p{L}+/iu;
