import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { buildAnswerContext } from '../../src/core/buildAnswerContext.ts';
import { candidateFeatures } from '../../src/core/candidateFeatures.ts';
import { collectCandidates } from '../../src/core/collectCandidates.ts';
import { CALIBRATION_FEATURES, confidenceFeatures } from '../../src/core/confidenceFeatures.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { indexReports } from '../../src/core/indexReports.ts';
import type { RankerModel } from '../../src/core/RankerModel.ts';
import { RANK_FEATURES } from '../../src/core/rankFeatures.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import type { Report } from '../../src/core/types.ts';
import { questionRows, unpackVectors, vectorSimilarity } from '../../src/core/WordVectors.ts';
import { loadRankerModel } from '../../src/engine/loadRankerModel.ts';
import { loadFixtureReports } from './loadFixtureReports.ts';
import { plainModel } from './plainModel.ts';

const report: Report = {
	id: 'ferry',
	title: 'Ferry service resumes',
	paragraphs: [
		'The ferry between Ostrava Bay and Kelm resumed on Monday after a storm. The ferry carried 340 passengers on its first crossing.',
		'Harbour master Ilse Varga said the ferry would run twice a day. The port expects 2,000 passengers a week.',
	],
};

/** Two-dimensional vectors where "passengers" and "travellers" point the same way and "storm" elsewhere. */
const VECTORS = {
	dimensions: 2,
	words: ['passengers', 'travellers', 'storm'].join('\n'),
	data: btoa(String.fromCharCode(127, 0, 120, 10, 0, 127)),
};

/** A model that ranks by one feature only (weight `sign`) and is 90% sure of whatever it picks. */
function oneFeatureModel(feature: string, sign: number, declineBelow = 0.5): RankerModel {
	return plainModel({ rank: { [feature]: sign }, calibrationBias: Math.log(9), vectors: VECTORS, declineBelow });
}

describe('learned ranking', () => {
	it('writes one value per named feature for every candidate, and for the confidence', () => {
		const { context } = buildAnswerContext(indexReports([report]), { vectors: unpackVectors(VECTORS) });
		const question = analyseQuestion('How many passengers did the ferry carry?', context.questionContext);
		const { ranked, signs } = collectCandidates(question, context);
		const rows = candidateFeatures(question, ranked, signs, context);
		expect(rows.length).toBe(ranked.length);
		expect(rows.length).toBeGreaterThan(1);
		for (const row of rows) {
			expect(row).toHaveLength(RANK_FEATURES.length);
			expect(row.every(Number.isFinite)).toBe(true);
		}
		const named = Object.fromEntries(RANK_FEATURES.map((n, i) => [n, rows[0]?.[i] ?? 0]));
		expect(confidenceFeatures(question, [1, 0], named)).toHaveLength(CALIBRATION_FEATURES.length);
	});

	it('lets the model decide the order: the same question gets the first or the last candidate by its weights', () => {
		const question = 'How many passengers?';
		const first = createFactdesk([report], { model: oneFeatureModel('reciprocalRank', 10) }).ask(question);
		const last = createFactdesk([report], { model: oneFeatureModel('reciprocalRank', -10) }).ask(question);
		expect(first.answered && last.answered).toBe(true);
		expect(first.sources[0]?.quote).not.toBe(last.sources[0]?.quote);
		const hand = createFactdesk([report]).ask(question);
		expect(first.sources[0]?.quote).toBe(hand.sources[0]?.quote);
	});

	it("uses the model's confidence and decline floor unless the floor is given", () => {
		// The model's own estimate: no evidence added for a count fact that matches the question (matchedEvidence).
		const desk = createFactdesk([report], { model: oneFeatureModel('coverage', 1), matchedEvidence: 0 });
		expect(desk.ask('How many passengers did the ferry carry?').confidence).toBeCloseTo(0.9);
		const strict = createFactdesk([report], { model: oneFeatureModel('coverage', 1, 0.95) });
		expect(strict.ask('How many passengers did the ferry carry?').answered).toBe(false);
		const floorGiven = createFactdesk([report], { model: oneFeatureModel('coverage', 1, 0.95), minConfidence: 0.5 });
		expect(floorGiven.ask('How many passengers did the ferry carry?').answered).toBe(true);
	});
});

describe('word vectors', () => {
	it('unpacks to unit vectors and meets a paraphrase half way, an exact word fully', () => {
		const vectors = unpackVectors(VECTORS);
		const row = vectors.rows.get('travellers') ?? -1;
		expect(Math.hypot(vectors.data[row * 2] ?? 0, vectors.data[row * 2 + 1] ?? 0)).toBeCloseTo(1);
		const { context } = buildAnswerContext(indexReports([report]), { vectors });
		const question = analyseQuestion('travellers', context.questionContext);
		const asked = questionRows(question, vectors, [1]);
		const near = vectorSimilarity(asked, tokenize('The ferry carried 340 passengers.'), vectors);
		const far = vectorSimilarity(asked, tokenize('A storm hit the coast.'), vectors);
		expect(near.soft).toBeGreaterThan(0.9);
		expect(far.soft).toBeLessThan(0.2);
		expect(vectorSimilarity(asked, tokenize('Travellers waited.'), vectors).soft).toBe(1);
	});

	it('takes the cosine over every component, however many (five: four a step, then one)', () => {
		const vectors = unpackVectors({
			dimensions: 5,
			words: ['passengers', 'storm'].join('\n'),
			data: btoa(String.fromCharCode(1, 2, 3, 4, 5, 5, 4, 3, 2, 1)),
		});
		const { context } = buildAnswerContext(indexReports([report]), { vectors });
		const asked = questionRows(analyseQuestion('passengers', context.questionContext), vectors, [1]);
		const found = vectorSimilarity(asked, tokenize('A storm hit the coast.'), vectors);
		expect(found.soft).toBeCloseTo(35 / 55, 6);
		expect(found.centroid).toBeCloseTo(35 / 55, 6);
	});

	it('refuses packed vectors whose sizes do not fit', () => {
		expect(() => unpackVectors({ ...VECTORS, words: 'one' })).toThrow(/sizes do not fit/);
	});
});

describe('a model trained on a few articles (npm run train -- --articles 6 --held-out 4 --vector-words 2000)', () => {
	const small = loadRankerModel('tests/fixtures/ranker-small.json');

	it('loads, and answers over the fixture reports with a confidence in 0..1 and its own floor', () => {
		expect(small.problem).toBeUndefined();
		const model = small.model as RankerModel;
		const desk = createFactdesk(loadFixtureReports(), { model });
		const answer = desk.ask('How many drones were shot down?');
		expect(answer.confidence).toBeGreaterThanOrEqual(0);
		expect(answer.confidence).toBeLessThanOrEqual(1);
		expect(answer.answered).toBe(answer.confidence >= model.declineBelow);
		if (answer.answered) expect(answer.sources[0]?.quote).toMatch(/drones/);
		const offTopic = desk.ask('What is the capital of Mongolia?');
		expect(offTopic.confidence).toBeLessThan(answer.confidence);
	});
});
