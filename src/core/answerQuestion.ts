import type { AnswerContext } from './AnswerContext.ts';
import { ageByDescription } from './ageByDescription.ts';
import { ASKS_KIN_AGE, ageThroughRole } from './ageThroughRole.ts';
import { analyseQuestion } from './analyseQuestion.ts';
import { bySurname } from './bySurname.ts';
import { chooseFittingAnswer } from './chooseFittingAnswer.ts';
import { closestTopics, toAlternative } from './describeAlternatives.ts';
import { asksSpeaker } from './findSpeaker.ts';
import { historyAge } from './historyAge.ts';
import { shownCount } from './nounAfter.ts';
import { offTopic } from './offTopic.ts';
import { rankByHand } from './rankByHand.ts';
import type { RankedSentence } from './rankSentences.ts';
import { rerankWithModel } from './rerankWithModel.ts';
import type { Alternative, Answer, Conflict, SourceRef } from './types.ts';
import { withNamingSentence } from './withNamingSentence.ts';
import { withoutDateline } from './withoutDateline.ts';
import { withSpeakerSentence } from './withSpeakerSentence.ts';
import { withTheirQuote } from './withTheirQuote.ts';

export type { AnswerContext } from './AnswerContext.ts';

/**
 * Answers a question from the corpus: the best sentence, the short answer inside it, a confidence, up to three
 * alternatives, and any conflicting figures; or a decline when the reports do not say. An age asked of a role that no
 * sentence gives with the age ("How old is the mayor?") is asked through the person in the role (ageThroughRole); one
 * declined by a person's full name, by the surname the report goes on to call them by (bySurname); a person's age,
 * from a sentence describing them by it after naming them (ageByDescription). A body's age is read from its history
 * (historyAge) wherever a sentence gives it.
 *
 * @example
 * answerQuestion('how many drones were shot down?', context);
 * // { answered: true, answer: '72 drones', sources: [{ paragraph: 5, sentence: 3, quote: 'Ukrainian forces …' }], … }
 */
export function answerQuestion(question: string, context: AnswerContext, onlyReport?: number): Answer {
	const direct = answerDirectly(question, context, onlyReport);
	const history = historyAge(question, direct, context);
	if (history) return history;
	const ask = (asked: string) => answerDirectly(asked, context, onlyReport);
	// "how old is her dad": an age beside "her father" may be the daughter's; the father, named, is asked instead.
	if (direct.answered && ASKS_KIN_AGE.test(question))
		return ageThroughRole(question, ask, context.options.minConfidence) ?? direct;
	if (direct.answered) return direct;
	const isPerson = (source: SourceRef, start: number) =>
		context.entityKinds.get(context.corpus.sentenceAt(source))?.get(start) === 'person';
	return (
		ageThroughRole(question, ask, context.options.minConfidence) ??
		bySurname(question, direct, ask, isPerson) ??
		ageByDescription(question, direct, context) ??
		direct
	);
}

/** answerQuestion without asking its way through another question. */
function answerDirectly(question: string, context: AnswerContext, onlyReport?: number): Answer {
	const { corpus, options } = context;
	corpus.forgetViews();
	context.mentions.forgetRecent();
	const analysed = analyseQuestion(question, context.questionContext);
	const base: Answer = {
		question,
		type: analysed.type,
		answered: false,
		answer: '',
		confidence: 0,
		sources: [],
		conflicts: [],
		alternatives: [],
		closestTopics: [],
	};
	const ranking = context.model
		? rerankWithModel(analysed, context, context.model, onlyReport)
		: rankByHand(analysed, context, onlyReport);
	// A count of another thing or action, or another side's count or quote, does not answer the question, whatever
	// the ranking's confidence: SQuAD has too few such counts for the model to learn how little they are worth. A
	// candidate just below whose answer fits may answer instead.
	const chosen = chooseFittingAnswer(analysed, ranking.ranked, ranking.confidence, ranking.confidenceAt, context);
	const ranked = chosen ? moveToFront(ranking.ranked, chosen.position) : ranking.ranked;
	const best = ranked[0];
	const offered = options.alternatives;
	const alternatives = ranked.slice(best ? 1 : 0, offered + 1).map((r) => toAlternative(context, r));
	const sentence = best ? corpus.sentence(best.index) : undefined;
	if (!best || !sentence || !chosen) return decline(base, ranking.confidence, ranked, alternatives, context);
	const found = withoutDateline(chosen.short.phrase, sentence.ref.quote);
	// "4,800 children rely": what is counted, without the verb its count keeps for matching the question's deed.
	const counted = analysed.type === 'count' && found.typed ? shownCount(found.text) : found.text;
	const phrase = { ...found, text: counted, end: found.end - (found.text.length - counted.length) };
	const fitted =
		analysed.type === 'yesno' && !chosen.short.matched ? chosen.confidence * options.yesNoFactor : chosen.confidence;
	if (fitted < options.minConfidence) return decline(base, fitted, ranked, alternatives, context);
	if (offTopic(analysed, corpus.paragraphTermLookup(sentence.paragraphIndex), options.minKnownShare))
		return decline(base, Math.min(fitted, options.minConfidence), ranked, alternatives, context);
	const asksWhoSaid = analysed.type === 'who' && asksSpeaker(question);
	const speaker =
		asksWhoSaid || !sentence.ref.quote.includes(phrase.text)
			? withSpeakerSentence(corpus, best.index, phrase)
			: { source: sentence.ref, highlight: [phrase.start, phrase.end] as [number, number] };
	// A "who" answer its sentence does not write (a person's role told in another sentence): shown where the report
	// writes it; not a speaker's, whose words are what shows them right.
	const shown =
		analysed.type === 'who' && !asksWhoSaid && !speaker.source.quote.includes(phrase.text)
			? (withNamingSentence(corpus, best.index, phrase) ?? speaker)
			: speaker;
	const quoted = withTheirQuote(analysed, context, best.index, shown);
	return {
		...base,
		answered: true,
		answer: phrase.text,
		confidence: round(fitted),
		sources: [quoted.source],
		highlight: quoted.highlight,
		conflicts: findConflicts(context, best.index, phrase.start, phrase.end),
		alternatives: alternatives.slice(0, offered),
	};
}

function moveToFront<T>(items: readonly T[], position: number): T[] {
	const item = items[position];
	return position === 0 || item === undefined ? [...items] : [item, ...items.filter((_, i) => i !== position)];
}

function decline(
	base: Answer,
	confidence: number,
	ranked: RankedSentence[],
	alternatives: Alternative[],
	context: AnswerContext,
): Answer {
	const best = ranked[0];
	return {
		...base,
		confidence: round(confidence),
		alternatives: best ? [toAlternative(context, best), ...alternatives].slice(0, context.options.alternatives) : [],
		closestTopics: closestTopics(ranked, context),
	};
}

function findConflicts(context: AnswerContext, sentenceIndex: number, start: number, end: number): Conflict[] {
	const conflicts: Conflict[] = [];
	for (const fact of context.countFacts.get(sentenceIndex) ?? []) {
		if (fact.span[1] <= start || fact.span[0] >= end) continue;
		for (const id of fact.conflicts) {
			const other = context.factsById.get(id);
			if (other) conflicts.push({ text: other.text, source: other.source });
		}
	}
	return conflicts;
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
