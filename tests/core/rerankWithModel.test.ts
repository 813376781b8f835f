import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import type { RankerModel } from '../../src/core/RankerModel.ts';
import { rerankWithModel } from '../../src/core/rerankWithModel.ts';
import type { SentenceReader } from '../../src/core/SentenceReader.ts';
import type { Report } from '../../src/core/types.ts';
import { plainModel } from './plainModel.ts';

const report: Report = {
	id: 'ferry',
	title: 'Ferry service resumes',
	paragraphs: [
		'The ferry to Kelm resumed on Monday after a storm. The ferry carried 340 passengers on its first crossing.',
		'Harbour master Ilse Varga said the ferry would run twice a day. The ferry expects 2,000 passengers a week.',
	],
};

/** "ferry" and "storm" along different axes. */
const VECTORS = { dimensions: 2, words: 'ferry\nstorm', data: btoa(String.fromCharCode(127, 0, 0, 127)) };

/**
 * A reader that adds 10 to a sentence with "storm" in it: attention is even, and the one pooled value it weighs is
 * the largest comparison on the sentence's side, which is a word's second component (storm's).
 */
function stormReader(topCandidates: number): SentenceReader {
	return {
		version: 1,
		topCandidates,
		questionWords: 24,
		sentenceWords: 60,
		rankerWeight: 1,
		project: { weights: [[0, 0, 0]], bias: [0] },
		compare: { weights: [[0, 1, 0, 0, 0, 0]], bias: [0] },
		hidden: { weights: [[0, 0, 0, 1]], bias: [0] },
		output: { weights: [10], bias: 0 },
	};
}

/** Ranks later candidates first (by the hand-tuned rank), with an optional reader. */
function model(reader?: SentenceReader): RankerModel {
	return plainModel({
		rank: { reciprocalRank: -3 },
		calibrate: { topProbability: 4 },
		calibrationBias: -2,
		vectors: VECTORS,
		declineBelow: 0.3,
		...(reader && { reader }),
	});
}

function topQuote(reader?: SentenceReader) {
	const m = model(reader);
	const { context } = buildAnswerContext(indexReports([report]), { model: m });
	const ranking = rerankWithModel(analyseQuestion('What did the ferry do?', context.questionContext), context, m);
	const quote = (i: number) => context.corpus.sentence(ranking.ranked[i]?.index ?? -1)?.ref.quote;
	return { quote: quote(0), count: ranking.ranked.length, confidence: ranking.confidence };
}

describe('rerankWithModel', () => {
	it("re-reads the ranker's first candidates with the model's sentence reader", () => {
		const ranker = topQuote();
		const read = topQuote(stormReader(10));
		expect(ranker.count).toBeGreaterThan(2);
		expect(ranker.quote).not.toContain('storm');
		expect(read.quote).toContain('storm');
		expect(read.count).toBe(ranker.count);
	});

	it('reads only as many candidates as the reader says, and estimates its confidence on the re-read logits', () => {
		expect(topQuote(stormReader(1)).quote).toBe(topQuote().quote);
		// The storm sentence's share of the re-read logits is near 1, so the confidence rises with it.
		expect(topQuote(stormReader(10)).confidence).toBeGreaterThan(topQuote().confidence);
	});
});
