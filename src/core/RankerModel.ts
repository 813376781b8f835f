import { z } from 'zod';
import { CALIBRATION_FEATURES } from './confidenceFeatures.ts';
import { RANK_FEATURES } from './rankFeatures.ts';
import { SentenceReaderSchema } from './SentenceReader.ts';

/** The model file's format; a file of another version is refused and the hand-tuned ranking is used. */
export const RANKER_MODEL_VERSION = 2;

const LinearSchema = z.object({
	/** Feature means and scales: x is standardised as (x - mean) / scale before the weights apply. */
	mean: z.array(z.number()),
	scale: z.array(z.number().positive()),
	weights: z.array(z.number()),
	bias: z.number(),
	/** An optional hidden layer (tanh) between the standardised features and the output weights. */
	hidden: z.object({ weights: z.array(z.array(z.number())), bias: z.array(z.number()) }).optional(),
});
export type LinearModel = z.infer<typeof LinearSchema>;

export const RankerModelSchema = z
	.object({
		version: z.literal(RANKER_MODEL_VERSION),
		/** When and from what it was trained, and its held-out figures: for people, not for the engine. */
		about: z.record(z.string(), z.unknown()),
		rankFeatures: z.array(z.string()),
		ranker: LinearSchema,
		calibrationFeatures: z.array(z.string()),
		calibrator: LinearSchema,
		/** Word vectors for the similarity features (see WordVectors.ts). */
		vectors: z.object({ dimensions: z.number().int().positive(), words: z.string(), data: z.string() }),
		/** Opposite words ("a b" one a line, from WordNet) for the oppositeInSentence feature (see AntonymTable.ts). */
		antonyms: z.string().optional(),
		/** The sentence reader that re-reads the ranker's first candidates (see SentenceReader.ts); none in older files. */
		reader: SentenceReaderSchema.optional(),
		/** The decline floor the model was trained for: answer when the estimated chance of being right reaches it. */
		declineBelow: z.number().min(0).max(1),
	})
	.superRefine((model, ctx) => {
		const check = (names: string[], expected: readonly string[], linear: LinearModel, path: string) => {
			if (names.join() !== expected.join())
				ctx.addIssue({ code: 'custom', message: `${path} features differ from this engine's`, path: [path] });
			const width = linear.hidden ? linear.hidden.bias.length : expected.length;
			const inputs = [linear.mean, linear.scale, ...(linear.hidden?.weights ?? [])];
			if (inputs.some((v) => v.length !== expected.length) || linear.weights.length !== width)
				ctx.addIssue({ code: 'custom', message: `${path} sizes do not fit`, path: [path] });
		};
		check(model.rankFeatures, RANK_FEATURES, model.ranker, 'ranker');
		check(model.calibrationFeatures, CALIBRATION_FEATURES, model.calibrator, 'calibrator');
		// The reader reads the model's own word vectors, with a match flag beside each.
		if (model.reader && model.reader.project.weights[0]?.length !== model.vectors.dimensions + 1)
			ctx.addIssue({ code: 'custom', message: 'reader does not fit the word vectors', path: ['reader'] });
	});
/** A learned re-ranker and confidence, trained by scripts/train.ts. */
export type RankerModel = z.infer<typeof RankerModelSchema>;

/** The model's raw score for one feature vector (a logit). */
export function scoreLinear(model: LinearModel, features: ArrayLike<number>): number {
	const { mean, scale, hidden } = model;
	if (!hidden) return model.bias + standardisedDot(model, features);
	// Each hidden unit standardises the features again rather than keep an array of them: no garbage per call.
	let sum = 0;
	for (let h = 0; h < hidden.bias.length; h++) {
		const row = hidden.weights[h] ?? [];
		let unit = 0;
		const n = Math.min(row.length, features.length);
		for (let i = 0; i < n; i++) unit += (row[i] ?? 0) * (((features[i] as number) - (mean[i] ?? 0)) / (scale[i] ?? 1));
		sum += (model.weights[h] ?? 0) * Math.tanh((hidden.bias[h] ?? 0) + unit);
	}
	return model.bias + sum;
}

/** dot(weights, standardised features) without the standardised array: the same products, summed in the same order. */
function standardisedDot(model: LinearModel, features: ArrayLike<number>): number {
	const { mean, scale, weights } = model;
	const n = features.length;
	let sum = 0;
	for (let i = 0; i < weights.length; i++) {
		const x = i < n ? ((features[i] as number) - (mean[i] ?? 0)) / (scale[i] ?? 1) : 0;
		sum += (weights[i] ?? 0) * x;
	}
	return sum;
}

/** The logistic function: a logit to a probability. */
export function sigmoid(logit: number): number {
	return 1 / (1 + Math.exp(-logit));
}
