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
			'Overnight temperatures fell by about 8 degrees Celsius as the front passed.',
			'The bell tower now leans about 40 centimetres off vertical.',
			"Lecturers' pay has fallen by 19 percent in real terms since 2009.",
			'The review found that the number of teaching staff had been overstated by about 140.',
			'The avalanche buried the upper station under roughly 4 meters of snow.',
			'He finished in 2 hours, 0 minutes and 8 seconds, taking 27 seconds off the previous mark.',
			'The plan would move one fire engine to a larger base at Pellington, 7 miles to the east.',
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

	it('answers a change or a measure in its unit, a change of pay in percent and a change by a bare figure', () => {
		const cases: [string, string, string][] = [
			['how much did the temperature fall', 'temperatures fell', 'about 8 degrees Celsius'],
			['how much is the tower leaning', 'bell tower', 'about 40 centimetres'],
			["how much has lecturers' pay fallen in real terms", "Lecturers' pay", '19 percent'],
			['by how much did they overstate teaching staff', 'teaching staff', 'about 140'],
		];
		for (const [question, words, text] of cases)
			expect([shortAnswer(question, words).phrase.text, shortAnswer(question, words).fit], question).toEqual([text, 1]);
		expect(shortAnswer('how much did the lecturers earn', "Lecturers' pay").fit).toBeLessThan(1);
		expect(shortAnswer('how much is a season pass', 'upper station').fit).toBeLessThan(1);
		expect(shortAnswer('how much is the snow at the station worth', 'upper station').fit).toBeLessThan(1);
		expect(shortAnswer('by how much did he beat the old record', 'previous mark').phrase.text).not.toBe('2');
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

	it('takes a distance for no price asked of a sale', () => {
		expect(shortAnswer('how much would they get for selling the engine', 'fire engine').fit).toBeLessThanOrEqual(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how far is pellington', 'fire engine').phrase.text).toBe('7 miles');
	});
});
