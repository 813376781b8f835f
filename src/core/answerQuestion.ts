import type { AnswerContext } from './AnswerContext.ts';
import { analyseQuestion } from './analyseQuestion.ts';
import { chooseShortAnswer } from './chooseShortAnswer.ts';
import { closestTopics, toAlternative } from './describeAlternatives.ts';
import { findContradictions } from './findContradictions.ts';
import { personByRole } from './personByRole.ts';
import { expectedMentions } from './pickAnswerPhrase.ts';
import { type RankedSentence, rankSentences } from './rankSentences.ts';
import { namesMissingFromParagraph, scoreConfidence } from './scoreConfidence.ts';
import { questionPairs, sharedPairs } from './sharedPairs.ts';
import type { Alternative, Answer, Conflict } from './types.ts';

export type { AnswerContext } from './AnswerContext.ts';

const RERANK_DEPTH = 20;

/**
 * Answers a question from the corpus: the best sentence, the short answer inside it, a confidence, up to three
 * alternatives, and any conflicting figures; or a decline when the reports do not say.
 *
 * @example
 * answerQuestion('how many drones were shot down?', context);
 * // { answered: true, answer: '72 drones', sources: [{ paragraph: 5, sentence: 3, quote: 'Ukrainian forces …' }], … }
 */
export function answerQuestion(question: string, context: AnswerContext): Answer {
	const { corpus, options } = context;
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
	const ranked = rankSentences(corpus, analysed, options, RERANK_DEPTH);
	const typed = new Set<number>();
	const pairs = questionPairs(analysed);
	for (const candidate of ranked) {
		const sentence = corpus.sentences[candidate.index];
		if (!sentence) continue;
		candidate.score *= 1 + options.phraseBonus * sharedPairs(pairs, sentence.tokens);
		if (expectedMentions(analysed, context.mentions[candidate.index] ?? [], sentence.tokens).length > 0) {
			typed.add(candidate.index);
			candidate.score *= 1 + options.typeBonus;
		}
		if (analysed.type === 'who' && personByRole(analysed, context.people.get(candidate.index))) {
			candidate.score *= 1 + options.typeBonus;
		}
	}
	ranked.sort((x, y) => y.score - x.score);
	const best = ranked[0];
	const alternatives = ranked.slice(best ? 1 : 0, 4).map((r) => toAlternative(context, r));
	const sentence = best ? corpus.sentences[best.index] : undefined;
	const confidence =
		best && sentence
			? scoreConfidence(best, typed.has(best.index), analysed, {
					contradictions: findContradictions(analysed.text, sentence.ref.quote).length,
					namesElsewhere: namesMissingFromParagraph(analysed, corpus.paragraphs[sentence.paragraphIndex]?.terms),
				})
			: 0;
	if (!best || !sentence) return decline(base, confidence, ranked, alternatives, context);
	const { phrase, fit } = chooseShortAnswer(analysed, best.index, context);
	const fitted = confidence * fit;
	if (fitted < options.minConfidence) return decline(base, fitted, ranked, alternatives, context);
	return {
		...base,
		answered: true,
		answer: phrase.text,
		confidence: round(fitted),
		sources: [sentence.ref],
		highlight: [phrase.start, phrase.end],
		conflicts: findConflicts(context, best.index, phrase.start, phrase.end),
		alternatives: alternatives.slice(0, 3),
	};
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
		alternatives: best ? [toAlternative(context, best), ...alternatives].slice(0, 3) : [],
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
