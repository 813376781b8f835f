import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { askedAge } from './askedAge.ts';
import { askedAgent } from './askedAgent.ts';
import { measuresOtherThing } from './askedDuration.ts';
import { askedNameOf, nameGiven } from './askedNameOf.ts';
import { askedObject } from './askedObject.ts';
import { placeMissing } from './askedPlaces.ts';
import { askedQuantity, askedScore, asksMeasure } from './askedQuantity.ts';
import { askedVerb, verbOnlyAsNoun } from './askedVerb.ts';
import { isAmount } from './countAmounts.ts';
import { countAnswer } from './countAnswer.ts';
import { describePerson } from './describePerson.ts';
import { spelledOutAnswer } from './expandAcronym.ts';
import { HOW_LONG, TIME_UNIT } from './expectedMentions.ts';
import { askedName, findAppositive } from './findAppositive.ts';
import { askedSpeaker, findSpeaker, namesAskedSpeaker, speakerFits, speechTopicCovered } from './findSpeaker.ts';
import { findTitle } from './findTitle.ts';
import { focusName } from './focusName.ts';
import { lifespanDate } from './lifespanDate.ts';
import { personByRole } from './personByRole.ts';
import { type AnswerPhrase, pickAnswerPhrase } from './pickAnswerPhrase.ts';
import { asksForClause, pickClause } from './pickClause.ts';
import { contentStems, stem } from './tokenize.ts';
import { isHeadlineSentence } from './withReportTopic.ts';

export interface ShortAnswer {
	phrase: AnswerPhrase;
	/**
	 * How well the sentence's answer fits the question, 0..1, to multiply the confidence by: below 1 when a
	 * count counts another thing or action (see matchCount) or what another side did ("did Ukraine launch" against
	 * "Russia launched"), or a quote is someone else's than the one asked about, or the sentence reports nobody's
	 * words at all.
	 */
	fit: number;
	/** The answer is another side's doing or saying than the one asked about (the question's premise may be wrong). */
	otherActor?: boolean;
	/**
	 * The sentence lacks the kind of answer asked for (no date for "when"): the reports may not say it at all, and a
	 * sentence below that holds a date is no likelier to speak of the same event.
	 */
	unsaidKind?: boolean;
	/**
	 * The answer is a fact the engine extracted that matches the question exactly: the speaker of the quote asked
	 * about, the person with the role asked (or the role of the person asked), the count of the thing and action asked
	 * by the side asked, the quote of the person asked.
	 */
	matched?: boolean;
}

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
	const answered = shortAnswer(question, index, context);
	// A headline without the kind of answer asked ("Small Plane Crashes Near Lake Tahoe" for "where"): its story may say.
	const untypedHeadline =
		(TYPED.has(question.type) || asksMeasure(question.text)) &&
		!answered.phrase.typed &&
		isHeadlineSentence(context.corpus, index);
	const short = untypedHeadline ? { ...answered, fit: answered.fit * context.options.headlineUntypedFit } : answered;
	const sentence = context.corpus.sentence(index);
	const paragraph = sentence && context.corpus.paragraph(sentence.paragraphIndex);
	if (question.type !== 'count' || !paragraph || !placeMissing(question.text, paragraph.terms)) return short;
	return { ...short, fit: short.fit * context.options.placeElsewhereFit, matched: false };
}

function shortAnswer(question: AnalysedQuestion, index: number, context: AnswerContext): ShortAnswer {
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
	const speaker = findSpeaker(question.text, quote, context.statements.get(index) ?? []);
	if (speaker && !speechTopicCovered(question, stemsOf(sentence.tokens)))
		return { phrase: speaker, fit: context.options.offTopicSpeechFit };
	if (speaker) return { phrase: speaker, fit: 1, matched: true };
	const life = question.type === 'when' ? lifespanDate(question.text, quote) : undefined;
	if (life) return { phrase: life, fit: 1 };
	if (question.type === 'when' && picked.typed && WHAT_TIME.test(question.text) && !CLOCK.test(picked.text)) {
		// "What time…": a time of day answers; a day alone less surely, and another candidate may give the hour.
		const clock = context.mentions.of(index).find((m) => m.type === 'date' && CLOCK.test(m.text));
		if (clock) return { phrase: { text: clock.text, start: clock.start, end: clock.end, typed: true }, fit: 1 };
		return { phrase: picked, fit: context.options.untypedFit };
	}
	if ((question.type === 'when' || HOW_LONG.test(question.text)) && !picked.typed)
		return { phrase: picked, fit: context.options.untypedFit, unsaidKind: true };
	if (picked.typed && HOW_LONG.test(question.text) && measuresOtherThing(question, quote, picked))
		return { phrase: picked, fit: context.options.otherDurationFit };
	if (picked.typed && HOW_LONG.test(question.text) && TIME_UNIT.test(picked.text)) return { phrase: picked, fit: 1 };
	if (picked.typed && HOW_LONG.test(question.text) && countsThing(context, index, picked))
		return { phrase: picked, fit: context.options.otherDurationFit };
	if (question.type === 'who') {
		const people = context.people.get(index);
		const person = describePerson(question.text, people) ?? personPhrase(personByRole(question, people));
		if (person) return { phrase: person, fit: 1, matched: true };
		return { phrase: appositive(question, quote) ?? picked, fit: 1 };
	}
	const age = question.type === 'count' || question.type === 'other' ? askedAge(question.text, quote) : undefined;
	if (age) return { phrase: age, fit: 1 };
	// "How old is X?" of a sentence without an age: another candidate may give it.
	if (age === null) return { phrase: picked, fit: context.options.missingFigureFit };
	if (question.type === 'count') return countAnswer(question, index, picked, context);
	if (question.type === 'quote') {
		const said = context.statements.get(index)?.find((s) => s.kind === 'quote' && s.span[0] === picked.start);
		if (!said && !namesAskedSpeaker(question.text, quote, speakerAliases(question)))
			return { phrase: picked, fit: context.options.unsaidFit };
		if (speakerFits(question.text, said)) return { phrase: picked, fit: 1, matched: said?.subject !== undefined };
		return { phrase: picked, fit: context.options.otherActorFit, otherActor: true };
	}
	const thing = askedNameOf(question.text);
	const name = thing ? nameGiven(thing, quote, new Set(question.terms.map((t) => t.stem))) : undefined;
	if (name) return { phrase: name, fit: 1 };
	if (name === null) return { phrase: picked, fit: context.options.unnamedFit };
	const verb = question.type === 'other' ? askedVerb(question.text) : undefined;
	if (verb && verbOnlyAsNoun(verb, sentence.tokens, stem(verb)))
		return { phrase: picked, fit: context.options.verbAsNounFit };
	const score = question.type === 'other' ? askedScore(question.text, quote) : undefined;
	if (score) return { phrase: score, fit: 1 };
	// "What was the score?" answered by a sentence without one ("Reyes scored twice"): another may give it.
	if (score === null) return { phrase: picked, fit: context.options.missingFigureFit };
	const figure =
		question.type === 'other'
			? askedQuantity(question.text, quote, context.mentions.of(index), sentence.tokens)
			: undefined;
	if (figure) return { phrase: figure, fit: 1 };
	if (question.type === 'other' && askedName(question.text))
		return { phrase: appositive(question, quote) ?? picked, fit: 1 };
	const agent = question.type === 'other' ? askedAgent(question.text, quote, sentence.tokens) : undefined;
	if (agent) return { phrase: agent, fit: 1 };
	const named = question.type === 'other' ? focusName(question.text, quote, context.mentions.of(index)) : undefined;
	if (named) return { phrase: named, fit: 1 };
	const object = question.type === 'other' ? askedObject(question.text, quote, sentence.tokens) : undefined;
	if (object) return { phrase: object, fit: 1 };
	if (question.type === 'other' && asksForClause(question.text)) {
		const asked = new Set(question.terms.map((t) => t.stem));
		return { phrase: pickClause(question.text, quote, sentence.tokens, asked), fit: 1 };
	}
	return { phrase: picked, fit: 1 };
}

const WHAT_TIME = /\bwhat time\b|\bat what hour\b/i;
/** A time of day: "6:40 p.m.", "10am", "noon", "shortly after midnight". */
const CLOCK = /\d:\d\d|\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight|dawn|dusk|daybreak|nightfall)\b/i;

/** Questions that ask for a kind of answer: a person, a place, a figure ("when" lowers a sentence without a time itself). */
const TYPED: ReadonlySet<AnalysedQuestion['type']> = new Set(['who', 'where', 'count']);

/** Whether a "how long" answer is a count of things ("6.8 earthquake", "41 people"): no length of time or of way. */
function countsThing(context: AnswerContext, index: number, picked: AnswerPhrase): boolean {
	const fact = context.countFacts.get(index)?.find((f) => f.span[0] <= picked.start && f.span[1] >= picked.end);
	return fact?.subject !== undefined && !TIME_UNIT.test(` ${fact.subject}`) && !isAmount(fact);
}

function stemsOf(tokens: readonly { stem: string }[]): Set<string> {
	return new Set(tokens.map((t) => t.stem));
}

function appositive(question: AnalysedQuestion, sentence: string): AnswerPhrase | undefined {
	const name = askedName(question.text);
	return name ? (findAppositive(name, sentence) ?? findTitle(name, sentence)) : undefined;
}

function personPhrase(person: ReturnType<typeof personByRole>): AnswerPhrase | undefined {
	if (!person) return undefined;
	const [start, end] = person.span;
	return { text: person.text, start, end, typed: true };
}

/** The words that stand for the asked speaker besides their own: an acronym's words, synonyms (see analyseQuestion). */
function speakerAliases(question: AnalysedQuestion): string[] {
	const asked = askedSpeaker(question.text);
	if (!asked) return [];
	const own = new Set(contentStems(asked));
	const slots = new Set(question.terms.filter((t) => t.weight === 1 && own.has(t.stem)).map((t) => t.slot));
	return question.terms.filter((t) => t.weight < 1 && slots.has(t.slot)).map((t) => t.stem);
}
