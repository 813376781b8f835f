import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('sumAnswer of a change asked with "how much"', () => {
	const { context, shortAnswer } = floodReport(
		[
			'Lagoon dries out',
			'The water table around the lagoon has fallen by about 4 metres since the 1990s.',
			'The farm won four prizes at the fair.',
		].join('\n\n'),
	);

	it('answers "how much has it dropped" with the change in its unit', () => {
		const dropped = shortAnswer('how much has the water table dropped', 'water table');
		expect([dropped.phrase.text, dropped.fit]).toEqual(['about 4 metres', 1]);
	});

	it('still takes a count of things for no sum asked', () => {
		expect(shortAnswer('how much prize money did the farm win', 'four prizes').fit).toBeLessThanOrEqual(
			context.options.countMismatchFit,
		);
	});
});
