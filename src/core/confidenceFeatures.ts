import type { AnalysedQuestion } from './analyseQuestion.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';
import type { RankedSentence } from './rankSentences.ts';
import { scoreConfidence } from './scoreConfidence.ts';
import { QUESTION_TYPES } from './types.ts';

/** Names of the confidence features, in the order confidenceFeatures writes them; a model file lists the same. */
export const CALIBRATION_FEATURES: readonly string[] = [
	'topProbability',
	'margin',
	'topLogit',
	'coverage',
	'contextCoverage',
	'typeMissing',
	'namesElsewhere',
	'contradicted',
	'countMisfit',
	'affinity',
	'unknownNames',
	'unknownNumbers',
	'unknownWords',
	'logWords',
	'answerNearQuestionWords',
	'largestMissingInSentence',
	'largestMissingInParagraph',
	'focusCovered',
	'compactness',
	'orderOverlap',
	'typed',
	'secondProbability',
	'negationMismatch',
	'handConfidence',
	'logCandidates',
	'softCoverage',
	'oppositeInSentence',
	'unknownPhrases',
	...QUESTION_TYPES.map((type) => `type:${type}`),
];

/**
 * The features the confidence is estimated from: how the re-ranker's top candidate stands against the others
 * (its softmax share, its margin), and what of the question it holds. `top` is that candidate's ranking features,
 * named by RANK_FEATURES. `chosen`, when given, is the logit of another candidate to estimate as if it answered
 * (its share and margin against the best of the others); `top` is then that candidate's features.
 */
export function confidenceFeatures(
	question: AnalysedQuestion,
	logits: readonly number[],
	top: Readonly<Record<string, number>>,
	options: MatchOptions = DEFAULT_OPTIONS,
	chosen?: number,
): number[] {
	const sorted = [...logits].sort((a, b) => b - a);
	const best = sorted[0] ?? 0;
	const total = logits.reduce((sum, l) => sum + Math.exp(l - best), 0);
	const own = chosen ?? best;
	// The best logit of the other candidates: the second when the top one is estimated.
	const at = chosen === undefined ? 0 : sorted.indexOf(chosen);
	const other = sorted[at === 0 ? 1 : 0];
	const share = Math.exp(own - best) / total;
	const unknown = question.unknown;
	return [
		share,
		own - (other ?? own),
		own,
		top.coverage ?? 0,
		top.contextCoverage ?? 0,
		top.typeMissing ?? 0,
		top.namesElsewhere ?? 0,
		top.contradicted ?? 0,
		top.countMisfit ?? 0,
		top.affinity ?? 0,
		unknown.filter((u) => u.capitalised).length,
		unknown.filter((u) => /\d/.test(u.word)).length,
		unknown.filter((u) => !u.capitalised && !/\d/.test(u.word)).length,
		Math.log1p(question.slots),
		top.answerNearQuestionWords ?? 0,
		top.largestMissingInSentence ?? 0,
		top.largestMissingInParagraph ?? 0,
		top.focusCovered ?? 0,
		top.compactness ?? 0,
		top.orderOverlap ?? 0,
		top.typed ?? 0,
		Math.exp((other ?? own - 30) - best) / total,
		top.negationMismatch ?? 0,
		handConfidence(question, top, options),
		Math.log1p(logits.length),
		top.softCoverage ?? 0,
		top.oppositeInSentence ?? 0,
		question.unknownPhrases.length,
		...QUESTION_TYPES.map((type) => (type === question.type ? 1 : 0)),
	];
}

/** The hand-tuned confidence (scoreConfidence) of the top candidate, from its ranking features. */
function handConfidence(
	question: AnalysedQuestion,
	top: Readonly<Record<string, number>>,
	options: MatchOptions,
): number {
	const candidate: RankedSentence = {
		index: 0,
		score: 0,
		coverage: top.coverage ?? 0,
		contextCoverage: top.contextCoverage ?? 0,
		sentenceScore: 0,
		paragraphScore: 0,
		affinity: 0,
	};
	return scoreConfidence(
		candidate,
		top.typed === 1,
		question,
		{
			contradictions: top.contradicted ?? 0,
			namesElsewhere: top.namesElsewhere ?? 0,
		},
		options,
	);
}
