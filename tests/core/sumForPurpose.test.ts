import { describe, expect, it } from 'vitest';
import { sumForPurpose } from '../../src/core/sumForPurpose.ts';
import { floodReport } from './floodReport.ts';

describe('sumForPurpose', () => {
	const sum = { text: '5,000 pounds', start: 0, end: 12, typed: true };

	it('reads "what will they spend it on" and "what will they do with the money" as asking a purpose', () => {
		expect(sumForPurpose('What will they spend the prize money on?', sum)).toBe(true);
		expect(sumForPurpose('what will montaine do with the money', sum)).toBe(true);
		expect(sumForPurpose('how much did they spend on it', sum)).toBe(false);
		expect(sumForPurpose('what did they spend on music stands', sum)).toBe(false);
		expect(sumForPurpose('what will they spend the prize money on', { ...sum, text: 'music stands' })).toBe(false);
	});

	it('takes the sum of a prize for no answer to what it will be spent on', () => {
		const { shortAnswer, context } = floodReport(
			[
				'Choir wins',
				'The choir receives a trophy and prize money of 5,000 pounds, and will sing at a gala in September.',
				'The group would use some of the prize money to buy new music stands, its director said.',
			].join('\n\n'),
		);
		expect(shortAnswer('what will they spend the prize money on', 'trophy').fit).toBeLessThanOrEqual(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('what will they spend the prize money on', 'music stands').fit).toBe(1);
	});
});
