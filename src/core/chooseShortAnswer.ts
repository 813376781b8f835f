import type { AnswerContext } from './AnswerContext.ts';
import { saysOpposite } from './AntonymTable.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { FIGURE } from './answerKey.ts';
import { anyoneDeedUnsaid } from './anyoneDeedUnsaid.ts';
import { eventMissing, placeMissing } from './askedPlaces.ts';
import { asksFigure } from './askedQuantity.ts';
import { roleHolderElsewhere } from './asksPersonRole.ts';
import { capacityFigure } from './capacityFigure.ts';
import { colourUnsaid } from './colourUnsaid.ts';
import { commonOpener } from './commonOpener.ts';
import { comparedFigure } from './comparedDate.ts';
import { demandedFigure } from './demandedFigure.ts';
import { exactDetailAsked } from './exactDetailAsked.ts';
import { excludedAnswer } from './excludedAnswer.ts';
import { asksExpansion } from './expandAcronym.ts';
import type { Mention } from './findMentions.ts';
import { lastOccasionAsked } from './lastOccasionAsked.ts';
import { levelAfterChange, levelForChange, originalLevel } from './levelForChange.ts';
import { negatedInSentence } from './negatedInSentence.ts';
import { ordinalElsewhere } from './ordinalElsewhere.ts';
import { otherCurrency } from './otherCurrency.ts';
import { otherNumbered } from './otherNumbered.ts';
import { otherOccasionDate } from './otherOccasionDate.ts';
import { otherOrdinal, rankUnsaid, sameOrdinal } from './otherOrdinal.ts';
import { pastPeriodUntold } from './otherPeriod.ts';
import { otherMatter, otherQualifier } from './otherQualifier.ts';
import { othersAsked } from './othersAsked.ts';
import { otherMonth, otherWeekday } from './otherWeekday.ts';
import { peopleMissing } from './peopleMissing.ts';
import { datelineEnd } from './pickClause.ts';
import { placeSetting } from './placeSetting.ts';
import { populationUnfigured } from './populationAsked.ts';
import { possiblePenalty } from './possiblePenalty.ts';
import { previousOccasion } from './previousOccasion.ts';
import { priceUnsaid } from './priceUnsaid.ts';
import { rareWordElsewhere } from './rareWordElsewhere.ts';
import { reasonWithheld } from './reasonWithheld.ts';
import { recordBeforeUntold } from './recordBeforeUntold.ts';
import { relativeDeedUnsaid } from './relativeDeedUnsaid.ts';
import { foldedReportText, paragraphText, reportText } from './reportText.ts';
import { rolesReversed } from './rolesReversed.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { shortAnswerByKind } from './shortAnswerByKind.ts';
import { statementDate } from './statementDate.ts';
import { sumForPurpose } from './sumForPurpose.ts';
import { swappedInFrame } from './swappedInFrame.ts';
import type { Token } from './tokenize.ts';
import { topicElsewhere } from './topicElsewhere.ts';
import { unknownYet } from './unknownYet.ts';
import { wholeRange } from './wholeRange.ts';
import { isHeadlineSentence, withReportSubject } from './withReportTopic.ts';
import { withWhatItCounts } from './withWhatItCounts.ts';
import { wordsWritten } from './wordsWritten.ts';

/**
 * Chooses the short answer inside the sentence that answers a question: the speaker for "who said", the person
 * for "who is the president", the role for "who is X", the fitting count for "how many", the clause for "what
 * happened" and "why", the description a sentence gives a name ("What is X?"), else the mention of the expected kind closest to the question's words.
 *
 * @example
 * chooseShortAnswer(analyseQuestion('How many people were injured?', …), sentenceIndex, context).phrase.text;
 * // '14 people injured'
 */
export function chooseShortAnswer(question: AnalysedQuestion, index: number, context: AnswerContext): ShortAnswer {
	const sentence = context.corpus.sentence(index);
	const given = reachedLevel(question, index, context, shortAnswerByKind(question, index, context));
	// "beating the 6,150 who watched the 2019 final", "an earlier well … at a depth of 2.1 kilometres": the figure of
	// what the event is measured against, for a "how many" or "how deep" asked of the event itself.
	const benchmark =
		given.fit >= 1 &&
		given.phrase.typed &&
		(question.type === 'count' || asksFigure(question.text)) &&
		comparedFigure(question.text, sentence?.ref.quote ?? '', given.phrase.start);
	// "How long did Valmont get?" is not answered by "Prosecutors had sought 12 years": a figure asked for, not given.
	// "How much did Dublin rents go up?" is not answered by "the average was €2,540 a month": a level, no change.
	// "When was the okapi born?" is not answered by "…has been born, the zoo said on Wednesday": the day of the saying.
	const demanded =
		given.phrase.typed &&
		((question.type === 'when' &&
			statementDate(question.text, sentence?.ref.quote ?? '', given.phrase.start, given.phrase.end)) ||
			demandedFigure(question.text, sentence?.ref.quote ?? '', given.phrase.start) ||
			// "How many passengers were on board?" of "can carry up to 350 passengers": room for them, not them.
			capacityFigure(question.text, sentence?.ref.quote ?? '', given.phrase.start) ||
			// "How much is Vireo raising its price?" of "Vireo last raised prices in October 2023, … by $2".
			(given.fit >= 1 &&
				previousOccasion(question.text, sentence?.ref.quote ?? '', given.phrase.start, given.phrase.end)) ||
			// "How long did she speak?" of "drew comparisons with a 2019 address …, where an activist spoke for six minutes".
			(question.type !== 'when' &&
				question.type !== 'who' &&
				otherOccasionDate(question.text, sentence?.ref.quote ?? '')) ||
			(FIGURE.test(given.phrase.text) &&
				(levelForChange(question.text, sentence?.ref.quote ?? '', given.phrase.start, given.phrase.end) ||
					originalLevel(question.text, sentence?.ref.quote ?? '', given.phrase.start))));
	// "How much did JAXA pay in yen?" is not answered by "a €780 million mission": another currency than the one asked.
	const currency =
		(given.phrase.typed && otherCurrency(question.text, given.phrase.text)) ||
		// "How many bottles of white wine…?" of "38 million bottles, most of it red wine": another kind of the thing.
		(sentence !== undefined &&
			(otherQualifier(question.text, sentence.ref.quote) || otherMatter(question.text, sentence.ref.quote)));
	// "When did Redline last raise fares?" of "…raise fares on Saturday": the story's own day, no earlier one.
	const storyDay =
		given.phrase.typed &&
		question.type === 'when' &&
		lastOccasionAsked(question.text, sentence?.ref.quote ?? '', given.phrase);
	// "Which councillors voted no apart from Sutherland?" is not answered by "Ray Sutherland": the one left out.
	// A sentence naming others too ("Berlin and Hamburg are called…, as is Bremen") may name those asked.
	const excluded =
		given.phrase.typed &&
		excludedAnswer(question.text, given.phrase.text) &&
		!namesOthers(question.text, context.mentions.of(index));
	// "How many years did Pruitt get?" of "Each count carries a maximum penalty of 20 years": allowed, not given; the
	// sentence given is likely untold yet, so no figure below answers instead (see ShortAnswer.otherActor).
	const allowed =
		given.phrase.typed && possiblePenalty(question.text, sentence?.ref.quote ?? '', given.phrase.start)
			? { ...given, fit: given.fit * context.options.countMismatchFit, matched: false, otherActor: true }
			: undefined;
	const answered =
		allowed ??
		(benchmark || currency || storyDay || excluded
			? { ...given, fit: given.fit * context.options.countMismatchFit, matched: false }
			: demanded
				? { ...given, fit: given.fit * context.options.otherDeedFit, matched: false }
				: given);
	// "Furniture chain Oakhaven collapses" for "who started Oakhaven": a common word capitalised as the opening one.
	const opener =
		(question.type === 'who' || question.type === 'where') &&
		sentence !== undefined &&
		commonOpener(
			answered.phrase,
			openingStart(sentence.ref.quote),
			() => reportText(context, sentence.paragraphIndex),
			sentence.ref.quote.slice(answered.phrase.end, answered.phrase.end + 24),
		);
	const named = opener ? { ...answered, fit: answered.fit * context.options.unnamedFit, matched: false } : answered;
	// A headline without the kind of answer asked ("Small Plane Crashes Near Lake Tahoe" for "where"): its story may say.
	const untypedHeadline =
		(((TYPED.has(question.type) || asksFigure(question.text) || ASKS_WHICH.test(question.text)) &&
			!named.phrase.typed) ||
			ASKS_REASON.test(question.text)) &&
		isHeadlineSentence(context.corpus, index);
	const headlineFit = untypedHeadline ? { ...named, fit: named.fit * context.options.headlineUntypedFit } : named;
	// "What caused the collapse?" of "He declined to say what had caused the collapse": the cause is not told.
	// "So why was the tsunami so much smaller than forecast?": a report's own question answers none.
	// "When will the fires be under control?" of "it was too early to say when the fires would be under control".
	const untold =
		sentence !== undefined &&
		((ASKS_REASON.test(question.text) && reasonWithheld(sentence.ref.quote)) ||
			ASKED_ITSELF.test(sentence.ref.quote) ||
			unknownYet(question.text, sentence.ref.quote) ||
			anyoneDeedUnsaid(question.text, sentence.ref.quote) ||
			priceUnsaid(question.text, sentence.ref.quote) ||
			colourUnsaid(question.text, sentence.ref.quote))
			? { ...headlineFit, fit: headlineFit.fit * context.options.missingFigureFit, matched: false }
			: headlineFit;
	// "What was the last album…?" of "her first album": the sentence says the contrary of what is asked.
	// "What does MMP stand for?" asks only for the acronym's words, whatever else the sentence says ("does not alter").
	// "Who will return to direct the next film?" of "he will not return to direct the next film": negated.
	const opposite =
		sentence !== undefined &&
		!asksExpansion(question.text) &&
		(saysOpposite(question, sentence.tokens, context.antonyms) ||
			negatedInSentence(question.text, sentence.ref.quote, sentence.tokens) !== undefined);
	// "Who finished third?" of "Varga … finished fifth": another place in the order; "…grossed $6.4 million from its
	// Tuesday screenings in what country?" of "…from its Monday preview screenings": another day or month; "line 4" of
	// "Line 3": another thing of that name.
	const quoted = sentence?.ref.quote ?? '';
	const ordinalFit =
		otherOrdinal(question.text, quoted) ||
		rankUnsaid(question.text, quoted) ||
		otherWeekday(question.text, quoted) ||
		otherMonth(question.text, quoted) ||
		otherNumbered(question.text, quoted) ||
		recordBeforeUntold(question.text, quoted) ||
		((question.type === 'where' || question.type === 'other' || question.type === 'who') &&
			pastPeriodUntold(question.text, quoted)) ||
		(sentence !== undefined && ordinalElsewhere(question.text, () => paragraphText(context, sentence.paragraphIndex)))
			? context.options.otherOrdinalFit
			: 1;
	// "Over one hundred extras were hired for what?" of "over fifteen hundred extras were hired": another figure or name.
	const swapped =
		sentence !== undefined &&
		swappedInFrame(
			question.text,
			sentence.ref.quote,
			() => reportText(context, sentence.paragraphIndex),
			sentence.tokens,
			() => foldedReportText(context, sentence.paragraphIndex),
		) !== undefined;
	// "When did King Harold II conquer England?" of "Duke William II of Normandy conquered England killing King Harold II".
	const reversed =
		sentence !== undefined && rolesReversed(question.text, sentence.ref.quote, sentence.tokens) !== undefined;
	const oppositeFit =
		(opposite ? context.options.oppositeFit : 1) *
		(swapped ? context.options.swappedFit : 1) *
		(reversed ? context.options.otherActorFit : 1) *
		(sumForPurpose(question.text, untold.phrase) ? context.options.countMismatchFit : 1) *
		(exactDetailAsked(question.text) ? context.options.otherDeedFit : 1) *
		(populationUnfigured(question.text, untold.phrase) ? context.options.missingFigureFit : 1) *
		(question.type === 'who' && relativeDeedUnsaid(question.text, quoted) ? context.options.otherDeedFit : 1);
	// "Who finished third?" of "… with Kenji Ito third": the rank asked, by the person it ranks.
	const ranked =
		question.type === 'who' &&
		untold.phrase.typed &&
		sameOrdinal(question.text, sentence?.ref.quote ?? '', [untold.phrase.start, untold.phrase.end]);
	const shortFit =
		ordinalFit * oppositeFit < 1
			? { ...untold, fit: untold.fit * ordinalFit * oppositeFit, matched: false }
			: ranked
				? { ...untold, matched: true }
				: untold;
	// "Who was the other councillor who voted against?": others than the one a sentence names, which it seldom names.
	const short =
		othersAsked(question.text) && shortFit.fit > context.options.placeElsewhereFit
			? { ...shortFit, fit: context.options.placeElsewhereFit, matched: false }
			: shortFit;
	const paragraph = sentence && context.corpus.paragraph(sentence.paragraphIndex);
	const elsewhere =
		question.type === 'count'
			? (sentence !== undefined &&
					placeMissing(question.text, withReportSubject(context.corpus, sentence.paragraphIndex), () =>
						reportText(context, sentence.paragraphIndex),
					)) ||
				(sentence !== undefined && eventMissing(question.text, () => reportText(context, sentence.paragraphIndex)))
			: sentence !== undefined &&
				((question.type === 'who' &&
					roleHolderElsewhere(question.text, () => reportText(context, sentence.paragraphIndex))) ||
					peopleMissing(question.text, () => reportText(context, sentence.paragraphIndex)));
	const report = sentence ? (context.corpus.paragraphReport[sentence.paragraphIndex] ?? 0) : 0;
	const otherTopic =
		!elsewhere &&
		sentence !== undefined &&
		(rareWordElsewhere(question, context.corpus, report, context.vectors?.rows) ||
			topicElsewhere(context.corpus, question.text, report, () => reportText(context, sentence.paragraphIndex)));
	// "Where was the campaign launched?" of "at a clinic in Kasungu": the place with the thing it is the setting of.
	// "4" of "growth of 4 to 6 percent": the whole range the sentence gives.
	const placed =
		question.type === 'where' && short.phrase.typed
			? { ...short, phrase: placeSetting(question.text, quoted, short.phrase) }
			: {
					...short,
					phrase: wholeRange(
						quoted,
						withWhatItCounts(quoted, short.phrase, context.countFacts.get(index) ?? []),
						question.text,
					),
				};
	if (!paragraph || !(elsewhere || otherTopic)) return datedDeed(question, placed, sentence?.tokens ?? []);
	return { ...placed, fit: placed.fit * context.options.placeElsewhereFit, matched: false };
}

/** "Why…", "what caused…", "how did…": a headline states what happened, its story says why and how. */
const ASKS_REASON =
	/^\s*(?:why\b|how\s+come\b|how\s+(?:did|do|does|was|were|could|can)\b|what\s+(?:caused|led\s+to|triggered|sparked|made)\b|what\s+(?:is|was)\s+the\s+(?:cause|reason)\b)/i;

/** "Which court…", "which exchange…": a name answers, which a headline without one leaves to its story. */
const ASKS_WHICH = /^\s*which\s+\p{L}/iu;
/** A sentence that asks, not tells: it ends on a question mark, maybe inside its quotation marks. */
const ASKED_ITSELF = /\?\s*["”’']?\s*$/u;

/** Questions that ask for a kind of answer: a person, a place, a figure ("when" lowers a sentence without a time itself). */
const TYPED: ReadonlySet<AnalysedQuestion['type']> = new Set(['who', 'where', 'count']);

/** "What was their revenue?" of "climbed 12 percent to 5.9 billion crowns": the level reached, not the change. */
function reachedLevel(
	question: AnalysedQuestion,
	index: number,
	context: AnswerContext,
	given: ShortAnswer,
): ShortAnswer {
	if (!given.phrase.typed || !FIGURE.test(given.phrase.text)) return given;
	const quote = context.corpus.sentence(index)?.ref.quote ?? '';
	const at = levelAfterChange(question.text, quote, given.phrase.start, given.phrase.end);
	if (at === undefined) return given;
	const level =
		context.countFacts.get(index)?.find((f) => f.span[0] === at) ??
		context.mentions.of(index).find((m) => m.type === 'number' && m.start === at);
	if (!level) return given;
	const [start, end] = 'span' in level ? level.span : [level.start, level.end];
	return { ...given, phrase: { text: quote.slice(start, end), start, end, typed: true } };
}

/** Whether a sentence names someone or something the question neither names nor leaves out. */
function namesOthers(question: string, mentions: readonly Mention[]): boolean {
	const asked = question.toLowerCase();
	return mentions.some(
		(m) => m.type === 'name' && !excludedAnswer(question, m.text) && !asked.includes(m.text.toLowerCase()),
	);
}

/** Where a sentence's own first word stands: after its dateline and a quotation mark that opens it ("\"Battery fires…"). */
function openingStart(quote: string): number {
	const start = datelineEnd(quote);
	return start + (/^["“‘]/u.exec(quote.slice(start))?.[0].length ?? 0);
}

/**
 * "When did the fridge fail?" of "The fridge failed on Oct. 2": a date in a sentence that writes every word asked is
 * the very fact asked (see ShortAnswer.matched).
 */
function datedDeed(question: AnalysedQuestion, short: ShortAnswer, tokens: readonly Token[]): ShortAnswer {
	if (question.type !== 'when' || short.matched || short.fit < 1 || !short.phrase.typed) return short;
	return wordsWritten(question, tokens, () => false, 0) ? { ...short, matched: true } : short;
}
