import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { collectCandidates } from './collectCandidates.ts';
import { findContradictions } from './findContradictions.ts';
import type { Ranking } from './Ranking.ts';
import { namesMissingFromParagraph, scoreConfidence } from './scoreConfidence.ts';
import { withReportTopic } from './withReportTopic.ts';

/**
 * The candidates of a question in the hand-tuned order (BM25 with bonuses), with the hand-tuned confidence that
 * the top one answers it: the ranking when no learned model is loaded.
 *
 * @example
 * const { ranked, confidence } = rankByHand(analyseQuestion('how many drones were shot down?', qc), context);
 */
export function rankByHand(analysed: AnalysedQuestion, context: AnswerContext, onlyReport?: number): Ranking {
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
			namesElsewhere: namesMissingFromParagraph(analysed, withReportTopic(context.corpus, sentence.paragraphIndex)),
		},
		context.options,
	);
	return { ranked, confidence };
}
