import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('sumAnswer of a change asked with "how much"', () => {
	const { context, shortAnswer } = floodReport(
		[
			'Lagoon dries out',
			'The water table around the lagoon has fallen by about 4 metres since the 1990s.',
			'The farm won four prizes at the fair.',
			'Portugal has recorded about 71,000 hectares burned so far this year.',
			'She won in 2 hours and 8 minutes, breaking the record by 53 seconds.',
			'The club said 31,400 tickets had been sold, bringing in about 46 million rupees.',
			'The fund paid 4 million euros in 2024, against 1.2 million euros in 2019.',
		].join('\n\n'),
	);

	it('answers "how much has it dropped" with the change in its unit', () => {
		const dropped = shortAnswer('how much has the water table dropped', 'water table');
		expect([dropped.phrase.text, dropped.fit]).toEqual(['about 4 metres', 1]);
	});

	it('answers "how much has burned" with an area, and "by how much did she break it" with a time', () => {
		const burned = shortAnswer('how much has burned in portugal this year', 'hectares burned');
		expect([burned.phrase.text, burned.fit]).toEqual(['about 71,000 hectares', 1]);
		const record = shortAnswer('by how much did she break the record?', 'breaking the record');
		expect(record.phrase.text).toBe('53 seconds');
		expect(record.fit).toBeGreaterThan(context.options.countMismatchFit);
	});

	it('takes a sum raised by many tickets for no price of one ticket', () => {
		const ticket = shortAnswer('how much did a ticket cost', 'tickets had been sold');
		expect(ticket.fit).toBeLessThanOrEqual(context.options.countMismatchFit);
		expect(shortAnswer('how much did the club make', 'tickets had been sold').fit).toBe(1);
	});

	it('takes the sum given for the year asked, and none given for another', () => {
		const asked = shortAnswer('how much did the fund pay in 2019', 'The fund paid');
		expect([asked.phrase.text, asked.fit]).toEqual(['1.2 million euros', 1]);
		expect(shortAnswer('how much did the fund pay in 2021', 'The fund paid').fit).toBeLessThan(1);
		expect(shortAnswer('how much did the fund pay in 2024', 'The fund paid').fit).toBe(1);
	});

	it('still takes a count of things for no sum asked', () => {
		expect(shortAnswer('how much prize money did the farm win', 'four prizes').fit).toBeLessThanOrEqual(
			context.options.countMismatchFit,
		);
	});
});
