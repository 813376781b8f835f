import type { AnswerContext } from './AnswerContext.ts';
import { type AnalysedQuestion, analyseQuestion } from './analyseQuestion.ts';
import { type CandidateSigns, candidateFeatures, RANK_FEATURES } from './candidateFeatures.ts';
import { chooseFittingAnswer } from './chooseFittingAnswer.ts';
import { confidenceFeatures } from './confidenceFeatures.ts';
import { closestTopics, toAlternative } from './describeAlternatives.ts';
import { findContradictions } from './findContradictions.ts';
import { matchCount } from './matchCount.ts';
import { offTopic } from './offTopic.ts';
import { personByRole } from './personByRole.ts';
import { expectedMentions } from './pickAnswerPhrase.ts';
import { type RankerModel, scoreLinear, sigmoid } from './RankerModel.ts';
import { type RankedSentence, rankSentences } from './rankSentences.ts';
import { namesMissingFromParagraph, scoreConfidence } from './scoreConfidence.ts';
import { questionPairs, sharedPairs } from './sharedPairs.ts';
import type { Alternative, Answer, Conflict } from './types.ts';

export type { AnswerContext } from './AnswerContext.ts';

/**
 * Answers a question from the corpus: the best sentence, the short answer inside it, a confidence, up to three
 * alternatives, and any conflicting figures; or a decline when the reports do not say.
 *
 * @example
 * answerQuestion('how many drones were shot down?', context);
 * // { answered: true, answer: '72 drones', sources: [{ paragraph: 5, sentence: 3, quote: 'Ukrainian forces …' }], … }
 */
export function answerQuestion(question: string, context: AnswerContext, onlyReport?: number): Answer {
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
	const { phrase } = chosen.short;
	const fitted = chosen.confidence;
	if (fitted < options.minConfidence) return decline(base, fitted, ranked, alternatives, context);
	if (offTopic(analysed, corpus.paragraphTermLookup(sentence.paragraphIndex), options.minKnownShare))
		return decline(base, Math.min(fitted, options.minConfidence), ranked, alternatives, context);
	return {
		...base,
		answered: true,
		answer: phrase.text,
		confidence: round(fitted),
		sources: [sentence.ref],
		highlight: [phrase.start, phrase.end],
		conflicts: findConflicts(context, best.index, phrase.start, phrase.end),
		alternatives: alternatives.slice(0, offered),
	};
}

interface Ranking {
	/** Candidates, best first. */
	ranked: RankedSentence[];
	/** How sure the engine is that ranked[0] answers the question, 0..1. */
	confidence: number;
	/** How sure it would be that the candidate at a position answers (learned model only). */
	confidenceAt?: (position: number) => number;
}

function moveToFront<T>(items: readonly T[], position: number): T[] {
	const item = items[position];
	return position === 0 || item === undefined ? [...items] : [item, ...items.filter((_, i) => i !== position)];
}

/**
 * The candidates of a question in the hand-tuned order (BM25 with bonuses), with what the engine finds of each:
 * the input of both the hand-tuned confidence and the learned re-ranker (and of its training, scripts/train.ts).
 */
export function collectCandidates(
	analysed: AnalysedQuestion,
	context: AnswerContext,
	onlyReport?: number,
): { ranked: RankedSentence[]; signs: CandidateSigns[] } {
	const { corpus, options } = context;
	const ranked = rankSentences(corpus, analysed, options, options.rerankDepth, onlyReport);
	const pairs = questionPairs(analysed);
	const found = new Map<number, CandidateSigns>();
	for (const candidate of ranked) {
		const sentence = corpus.sentence(candidate.index);
		if (!sentence) continue;
		const shared = sharedPairs(pairs, sentence.tokens);
		candidate.score *= 1 + options.phraseBonus * shared;
		const typed = expectedMentions(analysed, context.mentions.of(candidate.index), sentence.tokens).length > 0;
		if (typed) candidate.score *= 1 + options.typeBonus;
		const byRole = analysed.type === 'who' && personByRole(analysed, context.people.get(candidate.index)) !== undefined;
		if (byRole) candidate.score *= 1 + options.typeBonus;
		const { stems, correct } = context.questionContext;
		const count =
			analysed.type === 'count'
				? matchCount(analysed.text, context.countFacts.get(candidate.index) ?? [], stems, correct, options)
				: { fit: 1 };
		found.set(candidate.index, { typed, personByRole: byRole, countFit: count.fit, sharedPairs: shared });
	}
	ranked.sort((x, y) => y.score - x.score);
	const none = { typed: false, personByRole: false, countFit: 1, sharedPairs: 0 };
	return { ranked, signs: ranked.map((r) => found.get(r.index) ?? none) };
}

function rankByHand(analysed: AnalysedQuestion, context: AnswerContext, onlyReport?: number): Ranking {
	const { ranked, signs } = collectCandidates(analysed, context, onlyReport);
	const best = ranked[0];
	const sentence = best ? context.corpus.sentence(best.index) : undefined;
	if (!best || !sentence) return { ranked, confidence: 0 };
	const confidence = scoreConfidence(
		best,
		signs[0]?.typed ?? false,
		analysed,
		{
			contradictions: findContradictions(analysed.text, sentence.ref.quote).length,
			namesElsewhere: namesMissingFromParagraph(analysed, context.corpus.paragraph(sentence.paragraphIndex)?.terms),
		},
		context.options,
	);
	return { ranked, confidence };
}

/** The hand-tuned candidates re-ranked by the learned model, with its estimate of the chance the top one is right. */
function rerankWithModel(
	analysed: AnalysedQuestion,
	context: AnswerContext,
	model: RankerModel,
	onlyReport?: number,
): Ranking {
	const { ranked, signs } = collectCandidates(analysed, context, onlyReport);
	if (ranked.length === 0) return { ranked, confidence: 0 };
	const features = candidateFeatures(analysed, ranked, signs, context);
	const logits = features.map((f) => scoreLinear(model.ranker, f));
	const order = logits.map((_, i) => i).sort((a, b) => (logits[b] ?? 0) - (logits[a] ?? 0) || a - b);
	const estimate = (position: number, chosen?: number) => {
		const at = order[position] ?? 0;
		const row = confidenceFeatures(analysed, logits, namedFeatures(features[at]), context.options, chosen);
		return sigmoid(scoreLinear(model.calibrator, row));
	};
	return {
		ranked: order.map((i) => ranked[i] as RankedSentence),
		confidence: estimate(0),
		confidenceAt: (position) => estimate(position, logits[order[position] ?? 0]),
	};
}

const RANK_FEATURE_AT = new Map(RANK_FEATURES.map((name, i) => [name, i]));
const BY_NAME: ProxyHandler<readonly number[]> = {
	get: (row, name) => {
		const i = typeof name === 'string' ? RANK_FEATURE_AT.get(name) : undefined;
		return i === undefined ? undefined : (row[i] ?? 0);
	},
};

/** A candidate's ranking features by their names (RANK_FEATURES), read from its row: no object of 250 keys made. */
function namedFeatures(row: readonly number[] | undefined): Readonly<Record<string, number>> {
	return new Proxy(row ?? [], BY_NAME) as unknown as Readonly<Record<string, number>>;
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
