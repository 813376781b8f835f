import { CALIBRATION_FEATURES } from '../../src/core/confidenceFeatures.ts';
import { RANKER_MODEL_VERSION, type RankerModel, RankerModelSchema } from '../../src/core/RankerModel.ts';
import { RANK_FEATURES } from '../../src/core/rankFeatures.ts';
import type { PackedVectors } from '../../src/core/WordVectors.ts';

/** What a hand-made model weighs: ranking and calibration weights by feature name, the rest zero. */
export interface PlainModel {
	rank: Readonly<Record<string, number>>;
	calibrate?: Readonly<Record<string, number>>;
	calibrationBias: number;
	vectors: PackedVectors;
	declineBelow: number;
	reader?: RankerModel['reader'];
}

/** A linear model file made by hand for tests, checked as a shipped one is. */
export function plainModel(plain: PlainModel): RankerModel {
	const zeros = (n: number) => new Array(n).fill(0);
	const ones = (n: number) => new Array(n).fill(1);
	return RankerModelSchema.parse({
		version: RANKER_MODEL_VERSION,
		about: { test: true },
		rankFeatures: [...RANK_FEATURES],
		ranker: {
			mean: zeros(RANK_FEATURES.length),
			scale: ones(RANK_FEATURES.length),
			weights: RANK_FEATURES.map((name) => plain.rank[name] ?? 0),
			bias: 0,
		},
		calibrationFeatures: [...CALIBRATION_FEATURES],
		calibrator: {
			mean: zeros(CALIBRATION_FEATURES.length),
			scale: ones(CALIBRATION_FEATURES.length),
			weights: CALIBRATION_FEATURES.map((name) => plain.calibrate?.[name] ?? 0),
			bias: plain.calibrationBias,
		},
		vectors: plain.vectors,
		...(plain.reader && { reader: plain.reader }),
		declineBelow: plain.declineBelow,
	});
}
