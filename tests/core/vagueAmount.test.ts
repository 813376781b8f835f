import { describe, expect, it } from 'vitest';
import { vagueAmount } from '../../src/core/vagueAmount.ts';
import { floodReport } from './floodReport.ts';

describe('vagueAmount', () => {
	it('tells an amount of no number from a figure', () => {
		expect(vagueAmount('several outer islands')).toBe(true);
		expect(vagueAmount('thousands of households')).toBe(true);
		expect(vagueAmount('Dozens')).toBe(true);
		expect(vagueAmount('85 islands')).toBe(false);
		expect(vagueAmount('about 2,500 homes')).toBe(false);
		expect(vagueAmount('some 30 public performances')).toBe(false);
		expect(vagueAmount('a few hundred people')).toBe(false);
	});

	it('lowers the fit of such an answer to "how many"', () => {
		const { context, shortAnswer } = floodReport(
			'Islands\n\nFerries link the capital with several outer islands.\n\nThe country has 85 islands.',
		);
		expect(shortAnswer('how many islands are there', 'Ferries link').fit).toBeLessThanOrEqual(
			context.options.countOtherThingFit,
		);
		expect(shortAnswer('how many islands are there', 'The country has').fit).toBe(1);
	});
});
