/** A small network (linear, or one tanh hidden layer) fitted with Adam: listwise for ranking, logistic for confidence. */

import { createRandom, shuffle } from '../../bench/textVariants.ts';
import type { LinearModel } from '../../src/core/RankerModel.ts';

/** One training item: a group of candidates (one question) with which are right, or a single row with a label. */
export interface Group {
	rows: ArrayLike<number>[];
	/** Listwise: which rows are right. Logistic: one label for the single row. */
	right: boolean[];
	weight: number;
}

export interface FitOptions {
	loss: 'listwise' | 'logistic';
	hidden: number;
	epochs: number;
	learningRate: number;
	l2: number;
	batch: number;
	seed: number;
}

/** Means and scales of every feature over all rows (a constant feature gets scale 1). */
export function standardiser(groups: readonly Group[], width: number): { mean: number[]; scale: number[] } {
	const mean = new Array<number>(width).fill(0);
	const square = new Array<number>(width).fill(0);
	let n = 0;
	for (const g of groups)
		for (const row of g.rows) {
			n++;
			for (let i = 0; i < width; i++) {
				mean[i] = (mean[i] ?? 0) + (row[i] ?? 0);
				square[i] = (square[i] ?? 0) + (row[i] ?? 0) ** 2;
			}
		}
	const m = mean.map((v) => v / Math.max(1, n));
	const scale = square.map((v, i) => {
		const sd = Math.sqrt(Math.max(0, v / Math.max(1, n) - (m[i] ?? 0) ** 2));
		return sd > 1e-9 ? sd : 1;
	});
	return { mean: m, scale };
}

/** Fits the network and returns it in the model file's shape. */
export function fitNetwork(groups: readonly Group[], width: number, options: FitOptions): LinearModel {
	const random = createRandom(options.seed);
	const { mean, scale } = standardiser(groups, width);
	// Standardised on the fly: a copy of every row would double the memory training needs.
	const standardise = (row: ArrayLike<number>) => {
		const x = new Array<number>(width);
		for (let i = 0; i < width; i++) x[i] = ((row[i] ?? 0) - (mean[i] ?? 0)) / (scale[i] ?? 1);
		return x;
	};
	const H = options.hidden;
	const params: number[] = [];
	const layout = { w1: 0, b1: H * width, w2: H * width + H, b: H * width + H + (H || width) };
	const size = layout.b + 1;
	for (let i = 0; i < size; i++) params.push(i < layout.b1 ? (random() - 0.5) * (2 / Math.sqrt(width)) : 0);
	if (H) for (let i = layout.w2; i < layout.b; i++) params[i] = (random() - 0.5) * (2 / Math.sqrt(H));
	const adam = { m: new Float64Array(size), v: new Float64Array(size), t: 0 };
	const grad = new Float64Array(size);
	const forward = (x: number[]) => {
		if (!H) return { z: (params[layout.b] ?? 0) + dotAt(params, layout.w2, x), h: x };
		const h: number[] = [];
		for (let j = 0; j < H; j++)
			h.push(Math.tanh((params[layout.b1 + j] ?? 0) + dotAt(params, layout.w1 + j * width, x)));
		return { z: (params[layout.b] ?? 0) + dotAt(params, layout.w2, h), h };
	};
	const backward = (x: number[], h: number[], dz: number) => {
		grad[layout.b] = (grad[layout.b] ?? 0) + dz;
		for (let j = 0; j < h.length; j++) grad[layout.w2 + j] = (grad[layout.w2 + j] ?? 0) + dz * (h[j] ?? 0);
		if (!H) return;
		for (let j = 0; j < H; j++) {
			const da = dz * (params[layout.w2 + j] ?? 0) * (1 - (h[j] ?? 0) ** 2);
			grad[layout.b1 + j] = (grad[layout.b1 + j] ?? 0) + da;
			const at = layout.w1 + j * width;
			for (let i = 0; i < width; i++) grad[at + i] = (grad[at + i] ?? 0) + da * (x[i] ?? 0);
		}
	};
	for (let epoch = 0; epoch < options.epochs; epoch++) {
		const order = shuffle(
			groups.map((_, i) => i),
			random,
		);
		for (let start = 0; start < order.length; start += options.batch) {
			grad.fill(0);
			let total = 0;
			for (const gi of order.slice(start, start + options.batch)) {
				const g = groups[gi];
				if (!g) continue;
				total += g.weight;
				const xs = g.rows.map(standardise);
				const passes = xs.map(forward);
				if (options.loss === 'logistic') {
					const pass = passes[0];
					if (pass) backward(xs[0] ?? [], pass.h, g.weight * (sigmoid(pass.z) - (g.right[0] ? 1 : 0)));
					continue;
				}
				const top = Math.max(...passes.map((p) => p.z));
				const e = passes.map((p) => Math.exp(p.z - top));
				const all = e.reduce((a, b) => a + b, 0);
				const right = e.reduce((a, v, i) => a + (g.right[i] ? v : 0), 0);
				passes.forEach((pass, i) => {
					const dz = e[i] ? (e[i] / all - (g.right[i] ? e[i] / right : 0)) * g.weight : 0;
					backward(xs[i] ?? [], pass.h, dz);
				});
			}
			step(params, grad, adam, options, total || 1, layout.b);
		}
	}
	const weights = params.slice(layout.w2, layout.b);
	const model: LinearModel = { mean, scale, weights, bias: params[layout.b] ?? 0 };
	if (H)
		model.hidden = {
			weights: Array.from({ length: H }, (_, j) => params.slice(layout.w1 + j * width, layout.w1 + (j + 1) * width)),
			bias: params.slice(layout.b1, layout.b1 + H),
		};
	return model;
}

function step(
	params: number[],
	grad: Float64Array,
	adam: { m: Float64Array; v: Float64Array; t: number },
	options: FitOptions,
	total: number,
	biasAt: number,
): void {
	adam.t++;
	const [b1, b2] = [0.9, 0.999];
	for (let i = 0; i < params.length; i++) {
		const decay = i === biasAt ? 0 : options.l2 * (params[i] ?? 0);
		const g = (grad[i] ?? 0) / total + decay;
		adam.m[i] = b1 * (adam.m[i] ?? 0) + (1 - b1) * g;
		adam.v[i] = b2 * (adam.v[i] ?? 0) + (1 - b2) * g * g;
		const mh = (adam.m[i] ?? 0) / (1 - b1 ** adam.t);
		const vh = (adam.v[i] ?? 0) / (1 - b2 ** adam.t);
		params[i] = (params[i] ?? 0) - (options.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
	}
}

function dotAt(params: number[], at: number, x: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < x.length; i++) sum += (params[at + i] ?? 0) * (x[i] ?? 0);
	return sum;
}

function sigmoid(z: number): number {
	return 1 / (1 + Math.exp(-z));
}
