import { describe, expect, it } from 'vitest';
import { otherCurrency } from '../../src/core/otherCurrency.ts';
import { floodReport } from './floodReport.ts';

describe('otherCurrency', () => {
	it('tells a sum in another currency than the one asked', () => {
		expect(otherCurrency('how much did jaxa pay for the mission in yen', '€780 million mission')).toBe(true);
		expect(otherCurrency('how many dollars did it raise', '£2 million')).toBe(true);
	});

	it('keeps a sum in the currency asked, a question that names none, and a figure with no currency', () => {
		expect(otherCurrency('how much did jaxa pay in yen', '¥12 billion')).toBe(false);
		expect(otherCurrency('how much did it cost in euros', '780 million euros')).toBe(false);
		expect(otherCurrency('how much did it cost', '€780 million')).toBe(false);
		expect(otherCurrency('how many dollars did it raise', '2 million')).toBe(false);
		expect(otherCurrency('how much did rand paul raise', '$2 million')).toBe(false);
		expect(otherCurrency('how much was the euro worth in dollars', '$1.08')).toBe(false);
		expect(otherCurrency('how much did it pay in yuan', '¥5 billion')).toBe(false);
	});

	it('lowers the answer to the fit countMismatchFit', () => {
		const { context, shortAnswer } = floodReport(
			'Probe reaches Venus\n\nThe agency paid €780 million for the mission, officials said.',
		);
		const asked = shortAnswer('how much did the agency pay for the mission in yen', 'paid');
		expect(asked.fit).toBe(context.options.countMismatchFit);
		expect(shortAnswer('how much did the agency pay for the mission', 'paid').fit).toBe(1);
	});
});
