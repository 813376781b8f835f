/** Fits the re-ranker on answerable questions, then the confidence on every question, into one model file. */

import { CALIBRATION_FEATURES, confidenceFeatures } from '../../src/core/confidenceFeatures.ts';
import {
	type LinearModel,
	RANKER_MODEL_VERSION,
	type RankerModel,
	scoreLinear,
	sigmoid,
} from '../../src/core/RankerModel.ts';
import { RANK_FEATURES } from '../../src/core/rankFeatures.ts';
import { rereadLogits } from '../../src/core/rereadCandidates.ts';
import type { SentenceReader } from '../../src/core/SentenceReader.ts';
import type { PackedVectors } from '../../src/core/WordVectors.ts';
import { averageNetworks } from './averageNetworks.ts';
import type { Example, ExampleKind } from './collectExamples.ts';
import { type FitOptions, fitNetwork, type Group } from './fitNetwork.ts';

/** Settings of a training run: every number that changes the model. */
export interface TrainSettings {
	rankerHidden: number;
	rankerEpochs: number;
	calibratorHidden: number;
	calibratorEpochs: number;
	/** Weight of the questions without an answer (unanswerable and foreign together) against the answerable ones. */
	negativeShare: number;
	/** Fits of each part with different seeds, averaged (see averageNetworks.ts). */
	ensemble: number;
	seed: number;
}

export const DEFAULT_SETTINGS: TrainSettings = {
	rankerHidden: 0,
	rankerEpochs: 6,
	calibratorHidden: 8,
	calibratorEpochs: 6,
	negativeShare: 0.45,
	ensemble: 5,
	seed: 7,
};

/** The re-ranker's top candidate of an example and its calibration features. */
export function topOf(ranker: LinearModel, example: Example): { top: number; features: number[] } {
	const linear = example.features.map((f) => scoreLinear(ranker, f));
	const { reread } = example;
	const logits = reread ? rereadLogits(linear, reread.read, reread.scores, reread.weight) : linear;
	let top = 0;
	for (let i = 1; i < logits.length; i++) if ((logits[i] ?? 0) > (logits[top] ?? 0)) top = i;
	const named = Object.fromEntries(RANK_FEATURES.map((name, i) => [name, example.features[top]?.[i] ?? 0]));
	return { top, features: confidenceFeatures(example.question, logits, named) };
}

/** Fits both parts; `about` is stored in the file as it is. */
export function fitModel(
	examples: readonly Example[],
	settings: TrainSettings,
	about: Record<string, unknown>,
	vectors: PackedVectors,
	declineBelow: (model: RankerModel) => number,
): RankerModel {
	return fitCalibration(examples, fitRanker(examples, settings), settings, about, vectors, declineBelow);
}

function fitMany(settings: TrainSettings, groups: Group[], width: number, options: FitOptions): LinearModel {
	return averageNetworks(
		Array.from({ length: settings.ensemble }, (_, k) =>
			fitNetwork(groups, width, { ...options, seed: options.seed + 100 * k }),
		),
	);
}

/** Fits the re-ranker on the answerable questions with an answer among their candidates. */
export function fitRanker(examples: readonly Example[], settings: TrainSettings): LinearModel {
	const rankGroups: Group[] = examples
		.filter((e) => e.kind === 'answerable' && e.right.some(Boolean) && e.features.length > 1)
		.map((e) => ({ rows: e.features, right: e.right, weight: 1 }));
	return fitMany(settings, rankGroups, RANK_FEATURES.length, {
		loss: 'listwise',
		hidden: settings.rankerHidden,
		epochs: settings.rankerEpochs,
		learningRate: 0.01,
		l2: 1e-5,
		batch: 64,
		seed: settings.seed,
	});
}

/**
 * Fits the confidence on every question's top candidate (as the reader re-reads them, when the examples carry its
 * scores and `reader` is given) and makes the model file.
 */
export function fitCalibration(
	examples: readonly Example[],
	ranker: LinearModel,
	settings: TrainSettings,
	about: Record<string, unknown>,
	vectors: PackedVectors,
	declineBelow: (model: RankerModel) => number,
	reader?: SentenceReader,
): RankerModel {
	const weightOf = kindWeights(examples, settings.negativeShare);
	const calibrationGroups: Group[] = examples
		.filter((e) => e.features.length > 0)
		.map((e) => {
			const { top, features } = topOf(ranker, e);
			return { rows: [features], right: [!!e.right[top]], weight: weightOf[e.kind] };
		});
	const calibrator = fitMany(settings, calibrationGroups, CALIBRATION_FEATURES.length, {
		loss: 'logistic',
		hidden: settings.calibratorHidden,
		epochs: settings.calibratorEpochs,
		learningRate: 0.01,
		l2: 1e-5,
		batch: 64,
		seed: settings.seed + 1,
	});
	const model: RankerModel = {
		version: RANKER_MODEL_VERSION,
		about,
		rankFeatures: [...RANK_FEATURES],
		ranker,
		calibrationFeatures: [...CALIBRATION_FEATURES],
		calibrator,
		vectors,
		...(reader && { reader }),
		declineBelow: 0.5,
	};
	return { ...model, declineBelow: declineBelow(model) };
}

/** The chance the model gives an example's top candidate, and whether that candidate is right. */
export function scoreExample(model: RankerModel, example: Example): { confidence: number; right: boolean } {
	if (example.features.length === 0) return { confidence: 0, right: false };
	const { top, features } = topOf(model.ranker, example);
	return {
		confidence: sigmoid(scoreLinear(model.calibrator, features)),
		right: !!example.right[top],
	};
}

/**
 * Each kind of question without an answer, as a part of their whole weight: SQuAD 2.0's own and the edits made like
 * them (editQuestions.ts) weigh most, since those are the hardest to tell from answerable questions.
 */
const NEGATIVE_PARTS: Readonly<Record<Exclude<ExampleKind, 'answerable'>, number>> = {
	unanswerable: 0.25,
	foreign: 0.15,
	removed: 0.1,
	swapped: 0.1,
	edited: 0.3,
	retyped: 0.1,
};

/** Weights per kind so that the other kinds together weigh `share` of the answerable questions, in NEGATIVE_PARTS. */
export function kindWeights(examples: readonly Example[], share: number): Record<ExampleKind, number> {
	const count = (kind: ExampleKind) => examples.filter((e) => e.kind === kind).length || 1;
	const answerable = count('answerable');
	const part = (kind: Exclude<ExampleKind, 'answerable'>) => (share * answerable * NEGATIVE_PARTS[kind]) / count(kind);
	return {
		answerable: 1,
		unanswerable: part('unanswerable'),
		foreign: part('foreign'),
		removed: part('removed'),
		swapped: part('swapped'),
		edited: part('edited'),
		retyped: part('retyped'),
	};
}
