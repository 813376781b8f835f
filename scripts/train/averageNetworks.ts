/** Several fits of one network, merged into one model file entry that scores their mean logit. */
import type { LinearModel } from '../../src/core/RankerModel.ts';

/**
 * The network whose logit is the mean of `fits`' logits. Fits share their standardiser (the same rows made them):
 * linear fits average their weights; fits with a hidden layer are put side by side as one wider layer, their output
 * weights divided by their number. Training runs differ from seed to seed; the mean varies less.
 */
export function averageNetworks(fits: readonly LinearModel[]): LinearModel {
	const first = fits[0];
	if (!first) throw new Error('averageNetworks: no fits');
	const k = fits.length;
	const bias = fits.reduce((sum, f) => sum + f.bias, 0) / k;
	if (!first.hidden) {
		const weights = first.weights.map((_, i) => fits.reduce((sum, f) => sum + (f.weights[i] ?? 0), 0) / k);
		return { mean: first.mean, scale: first.scale, weights, bias };
	}
	return {
		mean: first.mean,
		scale: first.scale,
		weights: fits.flatMap((f) => f.weights.map((w) => w / k)),
		bias,
		hidden: {
			weights: fits.flatMap((f) => f.hidden?.weights ?? []),
			bias: fits.flatMap((f) => f.hidden?.bias ?? []),
		},
	};
}
