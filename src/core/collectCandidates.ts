import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { CandidateSigns } from './CandidateSigns.ts';
import { expectedMentions } from './expectedMentions.ts';
import { countMatcherOf } from './matchCount.ts';
import { personByRole } from './personByRole.ts';
import { type RankedSentence, rankSentences } from './rankSentences.ts';
import { questionPairs, sharedPairs } from './sharedPairs.ts';

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
	const countMatch = analysed.type === 'count' ? countMatcherOf(analysed, context) : undefined;
	for (const candidate of ranked) {
		const sentence = corpus.sentence(candidate.index);
		if (!sentence) continue;
		const shared = sharedPairs(pairs, sentence.tokens);
		candidate.score *= 1 + options.phraseBonus * shared;
		const mentions = context.mentions.of(candidate.index);
		const typed = expectedMentions(analysed, mentions, sentence.tokens, sentence.ref.quote).length > 0;
		if (typed) candidate.score *= 1 + options.typeBonus;
		const byRole = analysed.type === 'who' && personByRole(analysed, context.people.get(candidate.index)) !== undefined;
		if (byRole) candidate.score *= 1 + options.typeBonus;
		const count = countMatch ? countMatch(context.countFacts.get(candidate.index) ?? []) : { fit: 1 };
		found.set(candidate.index, { typed, personByRole: byRole, countFit: count.fit, sharedPairs: shared });
	}
	ranked.sort((x, y) => y.score - x.score);
	const none = { typed: false, personByRole: false, countFit: 1, sharedPairs: 0 };
	return { ranked, signs: ranked.map((r) => found.get(r.index) ?? none) };
}
