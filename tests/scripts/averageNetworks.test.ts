import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/textVariants.ts';
import { averageNetworks } from '../../scripts/train/averageNetworks.ts';
import { fitNetwork, type Group } from '../../scripts/train/fitNetwork.ts';
import { scoreLinear } from '../../src/core/RankerModel.ts';

const random = createRandom(5);
const rows = Array.from({ length: 200 }, () => [random(), random() * 3, random() - 0.5]);
const groups: Group[] = rows.map((row) => ({ rows: [row], right: [(row[0] ?? 0) + (row[2] ?? 0) > 0.5], weight: 1 }));
const options = { loss: 'logistic', epochs: 3, learningRate: 0.05, l2: 0, batch: 16 } as const;

describe('averageNetworks', () => {
	for (const hidden of [0, 4]) {
		it(`scores the mean logit of its fits (hidden layer of ${hidden})`, () => {
			const fits = [1, 2, 3].map((seed) => fitNetwork(groups, 3, { ...options, hidden, seed }));
			const merged = averageNetworks(fits);
			expect(merged.hidden?.bias.length ?? 0).toBe(hidden * 3);
			for (const row of rows.slice(0, 20)) {
				const mean = fits.reduce((sum, f) => sum + scoreLinear(f, row), 0) / fits.length;
				expect(scoreLinear(merged, row)).toBeCloseTo(mean, 9);
			}
			expect(scoreLinear(fits[0] ?? merged, rows[0] ?? [])).not.toBeCloseTo(
				scoreLinear(fits[1] ?? merged, rows[0] ?? []),
				6,
			);
		});
	}

	it('refuses an empty list', () => {
		expect(() => averageNetworks([])).toThrow(/no fits/);
	});
});
