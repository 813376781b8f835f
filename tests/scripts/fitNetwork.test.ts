import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/textVariants.ts';
import { expectedCalibrationError, reliabilityTable } from '../../scripts/train/calibration.ts';
import { fitNetwork, type Group } from '../../scripts/train/fitNetwork.ts';
import { scoreLinear, sigmoid } from '../../src/core/RankerModel.ts';

/** Groups of four candidates where the right one has the largest first feature; the second feature is noise. */
function rankingGroups(count: number, seed: number): Group[] {
	const random = createRandom(seed);
	return Array.from({ length: count }, () => {
		const rows = Array.from({ length: 4 }, () => [random(), random()]);
		const best = rows.reduce((b, row, i) => ((row[0] ?? 0) > (rows[b]?.[0] ?? 0) ? i : b), 0);
		return { rows, right: rows.map((_, i) => i === best), weight: 1 };
	});
}

describe('fitNetwork', () => {
	it('learns a listwise ranking: the right candidate scores highest on unseen groups', () => {
		const model = fitNetwork(rankingGroups(400, 1), 2, {
			loss: 'listwise',
			hidden: 0,
			epochs: 20,
			learningRate: 0.05,
			l2: 0,
			batch: 32,
			seed: 3,
		});
		const test = rankingGroups(200, 2);
		const right = test.filter((g) => {
			const scores = g.rows.map((row) => scoreLinear(model, row));
			return g.right[scores.indexOf(Math.max(...scores))];
		}).length;
		expect(right / test.length).toBeGreaterThan(0.95);
		expect(Math.abs(model.weights[0] ?? 0)).toBeGreaterThan(Math.abs(model.weights[1] ?? 0) * 5);
	});

	it('fits a calibrated logistic model, with or without a hidden layer', () => {
		const random = createRandom(5);
		// The label is 1 with probability x: a calibrated model predicts about x.
		const groups: Group[] = Array.from({ length: 3000 }, () => {
			const x = random();
			return { rows: [[x]], right: [random() < x], weight: 1 };
		});
		for (const hidden of [0, 4]) {
			const model = fitNetwork(groups, 1, {
				loss: 'logistic',
				hidden,
				epochs: 15,
				learningRate: 0.02,
				l2: 0,
				batch: 64,
				seed: 9,
			});
			const scored = groups.map((g) => ({
				confidence: sigmoid(scoreLinear(model, g.rows[0] ?? [])),
				right: !!g.right[0],
			}));
			expect(expectedCalibrationError(scored)).toBeLessThan(0.05);
		}
	});
});

describe('calibration figures', () => {
	it('bins answers by confidence and measures the gap to their accuracy', () => {
		const answers = [
			{ confidence: 0.95, right: true },
			{ confidence: 0.95, right: false },
			{ confidence: 0.15, right: false },
			{ confidence: 1, right: true },
		];
		const table = reliabilityTable(answers);
		expect(table).toHaveLength(10);
		expect(table[9]).toMatchObject({ count: 3 });
		expect(table[9]?.accuracy).toBeCloseTo(2 / 3);
		expect(table[1]).toMatchObject({ count: 1, accuracy: 0 });
		// Bin 0.9–1.0: |0.9667 − 0.6667| × 3/4; bin 0.1–0.2: |0.15 − 0| × 1/4.
		expect(expectedCalibrationError(answers)).toBeCloseTo(0.3 * 0.75 + 0.15 * 0.25);
	});
});
