import type { AnswerContext } from './AnswerContext.ts';
import { affiliationOf } from './affiliationOf.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { ASKS_AGE, askedAge } from './askedAge.ts';
import { askedDate } from './askedDate.ts';
import { askedFrequency } from './askedFrequency.ts';
import { askedNameOf } from './askedNameOf.ts';
import { askedOrdinal } from './askedOrdinal.ts';
import { askedPosition } from './askedPosition.ts';
import { askedUnit } from './askedUnit.ts';
import { asksDay, namesDay } from './asksDay.ts';
import { changedTo } from './changedTo.ts';
import { changeRange } from './changeRange.ts';
import { compoundMeasure } from './compoundMeasure.ts';
import { contactGiven } from './contactGiven.ts';
import { countAnswer } from './countAnswer.ts';
import { countryOfPerson } from './countryOfPerson.ts';
import { deedPlace } from './deedPlace.ts';
import { denialClause } from './denialClause.ts';
import { earlierHarm } from './earlierHarm.ts';
import { eventUnwritten } from './eventUnwritten.ts';
import { asksExpansion, spelledOutAnswer } from './expandAcronym.ts';
import { withUnitAfter } from './figureOfAskedPeriod.ts';
import { figureOfPeriod } from './figureOfPeriod.ts';
import { findAppositive } from './findAppositive.ts';
import {
	askedSpeaker,
	findSpeaker,
	namesAskedSpeaker,
	reportsSpeech,
	speakerFits,
	speechTopicCovered,
} from './findSpeaker.ts';
import { describesPerson } from './findTitle.ts';
import { asksNamedKind, namesOther } from './focusName.ts';
import { cameFrom, headedTo, placeLeft, wayUntold } from './headedTo.ts';
import { kindAppositive } from './kindAppositive.ts';
import { kindOfThing } from './kindOfThing.ts';
import { listedCasualties } from './listedCasualties.ts';
import { measureMatched } from './measureMatched.ts';
import { measureSpelled } from './measureSpelled.ts';
import { namedThing } from './namedThing.ts';
import { nameUnwritten } from './nameUnwritten.ts';
import { nicknameGiven } from './nicknameGiven.ts';
import { asksWhetherSaid, noComment, refusesComment, saidByOther } from './noComment.ts';
import { otherAnswer } from './otherAnswer.ts';
import { pastFigureAsked } from './otherPeriod.ts';
import { nameOutsidePart, partAsked } from './partAsked.ts';
import { peopleNamed } from './peopleNamed.ts';
import { type AnswerPhrase, pickAnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';
import { bodyForPlace, placeUnsaid, siteForSettlement } from './placeUnsaid.ts';
import { onlyInDateline, placeUntold } from './placeUntold.ts';
import { ratingGiven } from './ratingGiven.ts';
import { reportedWords } from './reportedWords.ts';
import { paragraphText } from './reportText.ts';
import type { ShortAnswer } from './ShortAnswer.ts';
import { superlativeFigure } from './superlativeFigure.ts';
import { timeAnswer } from './timeAnswer.ts';
import { contentStems } from './tokenize.ts';
import { unknownKind } from './unknownKind.ts';
import { whoAnswer } from './whoAnswer.ts';
import { withQualifier } from './withQualifier.ts';

/**
 * The short answer of sentence `index` by the kind of question, before chooseShortAnswer weighs the sentence as a
 * whole: an acronym's words, a frequency, the speaker, a time, a person, a place, an age, a count, a quote, else
 * what otherAnswer finds.
 */
/** A denial that nobody came to harm: "No one was killed", "no injuries were reported", "nobody was hurt". */
const NO_HARM =
	/\b(?:no\s+one|nobody|none|no)\b[^,;]{0,40}?\b(?:killed|died|dead|deaths?|hurt|injur\w*|harmed|casualt\w*|fatalit\w*)/iu;

export function shortAnswerByKind(question: AnalysedQuestion, index: number, context: AnswerContext): ShortAnswer {
	const found = ofAskedDegree(question, index, context, answerByKind(question, index, context));
	const quote = context.corpus.sentence(index)?.ref.quote;
	if (!quote) return found;
	return { ...found, phrase: measureSpelled(question.text, withQualifier(found.phrase, quote)) };
}

function answerByKind(question: AnalysedQuestion, index: number, context: AnswerContext): ShortAnswer {
	const sentence = context.corpus.sentence(index);
	if (!sentence) return { phrase: { text: '', start: 0, end: 0, typed: false }, fit: 1 };
	const quote = sentence.ref.quote;
	const picked = pickAnswerPhrase(
		question,
		quote,
		context.mentions.of(index),
		sentence.tokens,
		context.entityKinds.get(index),
	);
	const spelled = spelledOutAnswer(question.text, quote);
	if (spelled) return { phrase: { ...spelled, typed: true }, fit: 1, matched: true };
	// "whats the dinosaurs nickname" of "The skeleton, nicknamed "Bertha" by the crew…": the name, not the sentence.
	const nickname = nicknameGiven(question.text, quote);
	if (nickname) return { phrase: { ...nickname, typed: true }, fit: 1 };
	// "Which film won the Golden Lion?" of "…went to "The Salt Road", a drama…": the title, not the sentence.
	const named = namedThing(question.text, quote, context.mentions.of(index));
	if (named) return { phrase: named, fit: 1 };
	// "Whats the phone number for the hotline?": the number the sentence writes; one that writes none leaves it to another.
	const contact = contactGiven(question.text, quote);
	if (contact) return { phrase: contact, fit: 1 };
	if (contact === null) return { phrase: picked, fit: context.options.missingFigureFit };
	// "What does INE stand for?" of a sentence that only uses it: another may spell it out.
	if (asksExpansion(question.text)) return { phrase: picked, fit: context.options.missingFigureFit };
	const frequency = askedFrequency(question.text, quote);
	// "every two years", not "never": a bare adverb may tell of something else than the thing asked.
	if (frequency)
		return {
			phrase: frequency,
			fit: 1,
			matched: /\s/.test(frequency.text) && measureMatched(question, sentence.tokens, quote, frequency),
		};
	// "How often are bins collected?" of a sentence that says no "every three weeks": another may.
	if (frequency === null) return { phrase: picked, fit: context.options.missingFigureFit };
	const speaker = findSpeaker(question.text, quote, context.statements.get(index) ?? []);
	if (speaker && !speechTopicCovered(question, stemsOf(sentence.tokens)))
		return { phrase: speaker, fit: context.options.offTopicSpeechFit };
	if (speaker) return { phrase: speaker, fit: 1, matched: true };
	// "Who said she is the reigning national voice?" of a sentence that reports nobody's words: its speaker, if any, is
	// told elsewhere.
	if (ASKS_WORDS.test(question.text) && !context.statements.get(index)?.length && !reportsSpeech(quote))
		return { phrase: picked, fit: context.options.unsaidFit };
	// "Did the trust boss say anything?" of "Its chief executive, Graham Pellow, did not respond to a request for comment".
	const silent = question.type === 'yesno' ? noComment(question.text, quote) : undefined;
	if (silent) return { phrase: silent, fit: 1, matched: true };
	// "Did Calloway say anything?" of "The family sold it to Calloway Partners": nobody's words, nor a word refused;
	// "did the ferry company say anything" of "The harbourmaster, Neil Ferrier, said…": another's.
	if (question.type === 'yesno' && asksWhetherSaid(question.text) && !refusesComment(quote)) {
		const said = context.statements.get(index) ?? [];
		if (!said.length && !reportsSpeech(quote)) return { phrase: picked, fit: context.options.unsaidFit };
		if (
			saidByOther(
				question.text,
				quote,
				said.map((fact) => fact.subject ?? ''),
			)
		)
			return { phrase: picked, fit: context.options.unsaidFit };
	}
	// "Was anybody killed?" of "No one was killed, but two crew members were hurt": the clause that says no.
	const denial = question.type === 'yesno' ? denialClause(question.text, quote, sentence.tokens) : undefined;
	// "No one was hurt" says it outright of anyone's harm, which the learned model, trained on encyclopaedia
	// questions, does not weigh.
	if (denial) return { phrase: denial, fit: 1, matched: NO_HARM.test(denial.text) };
	// "Has anyone been killed?" of "Mount Oraku last erupted in 1987, when two people were killed": another event's toll.
	if (question.type === 'yesno' && earlierHarm(question.text, quote))
		return { phrase: picked, fit: context.options.otherEventFit };
	// "Which firm is Priya Ramanathan with?" of "Analyst Priya Ramanathan of Kestrel Securities said…".
	const body = affiliationOf(question.text, quote);
	if (body) return { phrase: body, fit: 1, matched: true };
	const timed = timeAnswer(question, index, picked, context);
	if (timed) return timed;
	if (question.type === 'who') {
		const found = whoAnswer(question, index, sentence, picked, context);
		// "Who won the wheelchair race?" of "Kiprono won the men's race": another event's winner.
		return eventUnwritten(question.text, sentence.tokens)
			? { ...found, fit: Math.min(found.fit, context.options.otherEventFit), matched: false }
			: found;
	}
	const dated =
		question.type === 'other'
			? askedDate(
					question.text,
					quote,
					context.mentions.of(index),
					sentence.tokens,
					new Set(question.terms.map((t) => t.stem)),
				)
			: undefined;
	// "Which day does the pilot end?" is not answered by "in 2027": a day asked.
	if (dated)
		return {
			phrase: dated,
			fit: asksDay(question.text) && !namesDay(dated.text) ? context.options.missingFigureFit : 1,
		};
	const kind = question.type === 'other' ? kindOfThing(question.text, quote, sentence.tokens) : undefined;
	if (kind) return { phrase: kind, fit: 1 };
	// "Which lap did she crash on?" of "crashed on the third of six laps": the place in the order.
	const ordinal = question.type === 'other' ? askedOrdinal(question.text, quote, sentence.tokens) : undefined;
	if (ordinal) return { phrase: ordinal, fit: 1 };
	// "What did the pressure drop to?" of "fell from a normal 101.3 kilopascals to 99.6 kilopascals": the level reached.
	const reached = question.type === 'other' ? changedTo(question.text, quote, context.mentions.of(index)) : undefined;
	if (reached) return { phrase: reached, fit: 1 };
	const placed = question.type === 'where' || question.type === 'other';
	const position = placed ? (askedPosition(question.text, quote) ?? kindAppositive(question.text, quote)) : undefined;
	if (position) return { phrase: position, fit: 1 };
	// "Which towns have had their water cut off?" of "some towns in the east": the names are elsewhere, if anywhere.
	if (
		question.type === 'where' &&
		asksNamedKind(question.text) &&
		!namesOther(question, context.mentions.of(index), quote, context.entityKinds.get(index))
	)
		return { phrase: picked, fit: context.options.unnamedFit };
	const where =
		question.type === 'where'
			? WHERE_IS.exec(question.text)?.[1]?.replace(/\s+(?:located|situated|based)$/iu, '')
			: undefined;
	// "What country is Dunmore from?" of "while American Sophie Dunmore won bronze": the people's word before the name.
	const country = placed ? countryOfPerson(question.text, quote) : undefined;
	if (country) return { phrase: country, fit: 1, matched: true };
	if (country === null) return { phrase: picked, fit: context.options.missingFigureFit };
	const described = where ? findAppositive(where, quote, PLACE_DESCRIPTION_WORDS) : undefined;
	if (described) return { phrase: described, fit: 1, matched: true };
	// "Where is Halvik?" of "HALVIK, Feb 19 (Wire) - The leaders…": where the story was filed says nothing of where it is.
	if (where && onlyInDateline(where, quote)) return { phrase: picked, fit: context.options.unnamedFit };
	// "…end 'steel war' at Halvik summit": the place asked named, nothing said of where it lies.
	if (where && placeUntold(where, quote)) return { phrase: picked, fit: context.options.placeElsewhereFit };
	// "Where did they arrest him?" of "a man from Millbrook, was arrested at a flat above a barber's shop".
	const spot = question.type === 'where' ? deedPlace(question.text, quote, sentence.tokens) : undefined;
	// "Where on the boat did the fire start?" is not answered by "Wend Canal": a name outside the thing, no spot of it.
	const part = question.type === 'where' ? partAsked(question.text) : undefined;
	const outside = (phrase: AnswerPhrase) => part !== undefined && phrase.typed && nameOutsidePart(phrase.text, part);
	if (spot) return { phrase: spot, fit: outside(spot) ? context.options.placeElsewhereFit : 1 };
	const destination =
		question.type === 'where'
			? (headedTo(question.text, quote, context.mentions.of(index)) ??
				cameFrom(question.text, quote, context.mentions.of(index)))
			: undefined;
	if (destination) return { phrase: destination, fit: outside(destination) ? context.options.placeElsewhereFit : 1 };
	// "Where was the train going?" of "derailed on a bend in the Marden Valley": where it was, not where it went.
	if (question.type === 'where' && wayUntold(question.text, quote))
		return { phrase: picked, fit: context.options.placeElsewhereFit };
	if (outside(picked)) return { phrase: picked, fit: context.options.placeElsewhereFit };
	// "Where was the boy arrested?" of "MANCHESTER, September 19 (Newswire) - A boy has been arrested…": where the story
	// was filed, not where it happened; a place the sentence names after its dateline may say.
	const filed = question.type === 'where' && picked.typed ? datelineEnd(quote) : 0;
	if (picked.end <= filed) {
		const kinds = context.entityKinds.get(index);
		const later = context.mentions
			.of(index)
			.find((m) => m.type === 'name' && m.start >= filed && kinds?.get(m.start) === 'place');
		if (later) return { phrase: { text: later.text, start: later.start, end: later.end, typed: true }, fit: 1 };
		return { phrase: picked, fit: context.options.placeElsewhereFit };
	}
	// "Where did she watch the ceremony?" of "watched Friday's ceremony from the harbour wall": a day is no place.
	if (question.type === 'where' && CALENDAR_WORD.test(picked.text)) {
		const spot = SPOT.exec(quote.slice(picked.end));
		if (!spot?.[1]) return { phrase: picked, fit: context.options.unnamedFit };
		const start = picked.end + spot.index + spot[0].length - spot[1].length;
		return { phrase: { text: spot[1], start, end: start + spot[1].length, typed: true }, fit: 1 };
	}
	// "Where was the 2018 debate?" of "a debate between then-Governor Louis Harcourt and challenger Dana Whitfield": a
	// person is no place; the sentence after may say where.
	if (question.type === 'where' && picked.typed && namedPerson(quote, picked, context.entityKinds.get(index)))
		return { phrase: picked, fit: context.options.placeForWhoFit };
	// "Where will the new homes go?" of "Manchester City Council on Wednesday approved a plan…": a body, no place.
	// "Which city did the tour start in?" of "opened at MetLife Stadium on May 3": a building, no city.
	if (
		question.type === 'where' &&
		picked.typed &&
		(bodyForPlace(question.text, picked.text) || siteForSettlement(question.text, picked.text))
	)
		return { phrase: picked, fit: context.options.placelessFit };
	// "Where was the ship headed?" of "the Margaret Ellison left Cardiff on January 28": where it set out from.
	if (question.type === 'where' && placeLeft(question.text, quote, picked))
		return { phrase: picked, fit: context.options.otherDeedFit };
	// "Where's the warehouse?" of "The coordinator said donations had not kept up with demand": no place at all.
	if (question.type === 'where' && !picked.typed && placeUnsaid(question.text, quote))
		return { phrase: picked, fit: context.options.placelessFit };
	const age =
		question.type === 'count' || question.type === 'other'
			? askedAge(question.text, quote, () => firstNameBefore(index, context))
			: undefined;
	if (age) return { phrase: age, fit: 1, matched: true };
	// "How old is X?" of a sentence without an age: another candidate may give it.
	if (age === null) return { phrase: picked, fit: context.options.missingFigureFit };
	if (question.type === 'count') {
		const found = countAnswer(question, index, picked, context);
		const measured = listedCasualties(quote, compoundMeasure(quote, found.phrase));
		// "How much did they cut her training?" of "from 220 kilometres a week to about 150": the whole change.
		const counted = { ...found, phrase: changeRange(question.text, quote, measured) ?? measured };
		// "How many malaria cases?" where no report writes "malaria": a count of another kind ("48,000 dengue cases").
		if (unknownKind(question, quote))
			return { ...counted, fit: Math.min(counted.fit, context.options.countMismatchFit), matched: false };
		// "How old was Marta when she died?" is not answered by "57 people killed": a count of something, no age.
		return ASKS_AGE.test(question.text) && counted.phrase.typed && !ageLike(counted.phrase.text)
			? { ...counted, fit: Math.min(counted.fit, context.options.countMismatchFit), matched: false }
			: counted;
	}
	if (question.type === 'quote') {
		const statements = context.statements.get(index);
		const quoted = statements?.find((s) => s.kind === 'quote' && s.span[0] === picked.start);
		// 'He said the result was "painful but clear."' after a sentence naming Drossel: "he" is the person last named.
		// Only when "he" fits the speaker asked: one asked by a role ("the captain") is read as before.
		const pronoun = quoted
			? undefined
			: statements?.find((s) => s.kind === 'attribution' && PRONOUN_FIRST.test(s.text));
		const fits =
			pronoun && speakerFits(question.text, pronoun, quote, () => paragraphText(context, sentence.paragraphIndex));
		const said = quoted ?? (fits ? pronoun : undefined);
		if (!said && !namesAskedSpeaker(question.text, quote, speakerAliases(question)))
			return { phrase: picked, fit: context.options.unsaidFit };
		// "His lawyer, Tom Reddy, said he would appeal": the words reported, without quotation marks.
		const words = quoted ? picked : (reportedWords(question.text, quote) ?? picked);
		if (speakerFits(question.text, said, quote, () => paragraphText(context, sentence.paragraphIndex)))
			return { phrase: words, fit: 1, matched: said?.subject !== undefined };
		return { phrase: words, fit: context.options.otherActorFit, otherActor: true };
	}
	// "What rating did the trust get?" of 'rated the trust "requires improvement," the second-lowest of four grades'.
	const rated = question.type === 'other' ? ratingGiven(question.text, quote) : undefined;
	if (rated) return { phrase: rated, fit: 1 };
	const found = ofAskedPeriod(otherAnswer(question, index, picked, context));
	// "What was the average response time?" of "11 minutes and 40 seconds": the whole measure, not its last part.
	const other = { ...found, phrase: compoundMeasure(quote, found.phrase) };
	// "What's the name of the firm that got fined?" is not answered by "€2.8 million": no name is written in lowercase.
	// "What is the head of a heresy called?" asks a term, which may well be ("a heresiarch").
	// "What is the name of Okafor's wife?" is not answered by the whole sentence "…camping with his wife": no name found.
	const thing =
		NAME_ASKED.test(question.text) || THING_CALLED.test(question.text) ? askedNameOf(question.text) : undefined;
	if (
		thing &&
		(!/\p{Lu}/u.test(other.phrase.text) ||
			(other.phrase.text === sentence.ref.quote &&
				nameUnwritten(
					question.text,
					thing,
					sentence.ref.quote,
					peopleNamed(index, context).map((p) => p.name),
				)))
	)
		return { ...other, fit: Math.min(other.fit, context.options.unnamedFit), matched: false };
	// "What did LUN offer?" is not answered by "Javier Olabarria", its spokesman: a deed's object is no person.
	if (
		WHAT_DID.test(question.text) &&
		other.phrase.typed &&
		context.entityKinds.get(index)?.get(other.phrase.start) === 'person'
	)
		return { ...other, fit: Math.min(other.fit, context.options.unnamedFit), matched: false };
	return other;

	/**
	 * "What was the profit the year before?" of "312 million dollars, down from 380 million dollars a year earlier":
	 * the figure the sentence gives for the period asked, compared with the one found.
	 */
	function ofAskedPeriod(found: ShortAnswer): ShortAnswer {
		if (!found.phrase.typed || !/\d/.test(found.phrase.text)) return found;
		const figures = context.mentions.of(index);
		const span = [found.phrase.start, found.phrase.end] as const;
		const past =
			pastFigureAsked(question.text, quote, span[0], span[1], figures) ??
			figureOfPeriod(question.text, quote, span, figures);
		return past ? { ...found, phrase: withUnitAfter(quote, past) } : found;
	}
}

/**
 * The figure a question asks by degree or unit, where the sentence gives another beside the one found: "whats the
 * biggest debt" of "The smallest debt is about $4,800 and the largest is $61,000" ("$61,000"), "how long is the
 * course in km" of "finishing the 162-kilometre course in 6 hours" ("162-kilometre").
 */
function ofAskedDegree(
	question: AnalysedQuestion,
	index: number,
	context: AnswerContext,
	found: ShortAnswer,
): ShortAnswer {
	const { phrase } = found;
	const quote = context.corpus.sentence(index)?.ref.quote;
	if (!quote || !phrase.typed || !/\d/.test(phrase.text)) return found;
	const figures = context.mentions.of(index);
	const asked = superlativeFigure(question.text, quote, figures) ?? askedUnit(question.text, quote, phrase, figures);
	return asked ? { ...found, phrase: asked } : found;
}

/** A name the sentence's facts make a person's, or written after a person's word ("challenger Dana Whitfield"). */
function namedPerson(quote: string, picked: AnswerPhrase, kinds: ReadonlyMap<number, string> | undefined): boolean {
	if (kinds?.get(picked.start) === 'person') return true;
	const word = /(\p{Ll}+)\s+$/u.exec(quote.slice(Math.max(0, picked.start - 30), picked.start))?.[1];
	return word !== undefined && describesPerson(word);
}

/** An attribution by pronoun: "He said", "she told reporters". */
const PRONOUN_FIRST = /^(?:he|she)\b/i;

/** "What did LUN offer?", "what has the club promised": a deed's object asked. */
const WHAT_DID = /^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+/i;

/** "What's the name of…", "the company's name": a name asked in so many words. */
const NAME_ASKED = /\bnames?\b/i;
/**
 * "Whats the cinema called?", "what is the new frog called": a thing of the story's, by what it is named (not "what is
 * the head of a heresy called", a term).
 */
const THING_CALLED =
	/^\s*what(?:['’]?s|\s+(?:is|was|are|were))\s+(?:the|their|its|his|her)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?(?!of\b)[\p{L}-]+\s+(?:called|named)\s*[?!.]*\s*$/iu;
/** A day or month, or its possessive: "Friday", "Friday's", "June". */
const CALENDAR_WORD =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?$/u;
/** A place told in common words after a preposition of place: "from the harbour wall", "at the town hall". */
const SPOT =
	/\b(?:from|at|in|near|inside|outside|along|beside|on)\s+((?:the|a|an|her|his|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:wall|hall|square|street|road|bridge|beach|harbour|harbor|park|stadium|church|cathedral|station|port|quay|pier|shore|bank|field|garden|balcony|window|roof|steps|gate|gates|house|home|hotel|office|school|hospital|building|square|terrace|stand|stands|cliff|cliffs|hill|promenade|plaza|courthouse|palace|airport|camp|car|boat))\b/u;

/** "Who said…", "who told…", "who claimed…": someone's words asked, not who wrote a work or called a vote. */
const ASKS_WORDS =
	/\bwho\s+(?:(?:has|had|was|is|first)\s+)?(?:said|says|say|told|tells|stated|claimed|insisted|argued)\b/i;

/** How an age is written: "45", "about 45", "45 years", "93 years old", "aged 61" (not "57 people killed", "dozens"). */
const AGE_LIKE =
	/^\W*(?:(?:about|around|nearly|almost|aged?|at)\s+)?(?:\d{1,2}|1[01]\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)(?:[\s-]+(?:years?|yrs?|months?|weeks?)(?:[\s-]+old)?)?\W*$/iu;

/** Whether a count answer reads as an age. */
function ageLike(text: string): boolean {
	return AGE_LIKE.test(text);
}

/** "Where is Villeurbanne?": the place asked about, which a description in apposition may place ("a suburb east of …"). */
/** A place's description may run longer than a person's: "a small town about 90 km north of the capital". */
const PLACE_DESCRIPTION_WORDS = 12;
const WHERE_IS =
	/^\s*where\s*(?:is|was|are|were|['’]s|s)\s+(?!(?:the|a|an|it|he|she|they|this|that)\b)(\p{L}[^?!.]*?)[\s?!.]*$/iu;

/** The stems of a sentence's tokens. */
export function stemsOf(tokens: readonly { stem: string }[]): Set<string> {
	return new Set(tokens.map((t) => t.stem));
}

/** The words that stand for the asked speaker besides their own: an acronym's words, synonyms (see analyseQuestion). */
export function speakerAliases(question: AnalysedQuestion): string[] {
	const asked = askedSpeaker(question.text);
	if (!asked) return [];
	const own = new Set(contentStems(asked));
	const slots = new Set(question.terms.filter((t) => t.weight === 1 && own.has(t.stem)).map((t) => t.slot));
	return question.terms.filter((t) => t.weight < 1 && slots.has(t.slot)).map((t) => t.stem);
}

/** The first person's name of the sentence before `index` in its report ("Maya Lorne"), if no pronoun comes before it. */
function firstNameBefore(index: number, context: AnswerContext): string | undefined {
	const sentence = context.corpus.sentence(index);
	const before = context.corpus.sentence(index - 1);
	if (!sentence || !before) return undefined;
	const report = context.corpus.paragraphReport;
	if (report[before.paragraphIndex] !== report[sentence.paragraphIndex]) return undefined;
	const name = context.mentions.of(index - 1).find((m) => m.type === 'name' && /\p{Ll}\s+\p{Lu}/u.test(m.text));
	// "She finished ahead of Julia Berg": a name after a pronoun is not the one the sentence tells of.
	return name && !PRONOUN.test(before.ref.quote.slice(0, name.start)) ? name.text : undefined;
}

/** A pronoun standing for someone: the sentence tells of them, not of a name after it. */
const PRONOUN = /\b(?:he|she|they|his|her|their)\b/iu;
