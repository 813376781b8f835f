import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('inAskedUnit, "how big" of a whole counted', () => {
	const { shortAnswer } = floodReport(
		[
			'Supporters of the opposition rallied in Tarnow on Sunday. The rally drew a crowd of about 40,000 people to the 12-hectare park, organisers said.',
			'The Kessel army, some 9,000 soldiers, holds a base of 300 square kilometres near the border.',
		].join('\n\n'),
	);

	it('answers "how big was the crowd" with its count of people, not the size of the park', () => {
		expect(shortAnswer('How big was the crowd?', 'rally drew').phrase.text).toBe('about 40,000 people');
		expect(shortAnswer('how large was the crowd at the rally', 'rally drew').phrase.text).toBe('about 40,000 people');
	});

	it('still answers "how big is the base" with an area', () => {
		expect(shortAnswer('How big is the base?', 'Kessel army').phrase.text).toBe('300 square kilometres');
	});
});

describe('a size joined to its noun by a hyphen', () => {
	it('answers with the unit and the noun ("30-centimeter telescope"), not the bare figure', () => {
		const { shortAnswer } = floodReport(
			'Priya Hollis, a retired schoolteacher, found it using a 30-centimeter telescope in her backyard in Flagstaff.',
		);
		expect(shortAnswer('how big was the telescope she used', 'Hollis').phrase.text).toBe('30-centimeter telescope');
	});
});

describe('sums in marks', () => {
	const { shortAnswer } = floodReport(
		[
			'Satellite bought',
			'The weather service paid 210 million marks for the satellite, the ministry said.',
			'She scored 95 marks in the final exam. This marks the first time 40 ships have docked.',
		].join('\n\n'),
	);

	it('reads a number of marks as a sum of money, and "how many marks" as a count of them', () => {
		expect(shortAnswer('how much did the weather service pay for the satellite', 'weather service')).toMatchObject({
			phrase: { text: '210 million marks' },
			fit: 1,
		});
		expect(shortAnswer('how many marks did she score', 'She scored').fit).toBe(1);
		expect(shortAnswer('how much did the ships cost', 'This marks').fit).toBeLessThan(1);
	});
});
