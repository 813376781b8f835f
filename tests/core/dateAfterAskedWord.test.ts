import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('dateAfterAskedWord', () => {
	const life = 'Moreau fled to Lisbon in 1938 and died there in 1959.';

	it('answers "when did X <deed>" with the date right after the deed, not the one nearest the name', () => {
		const { shortAnswer } = floodReport(life);
		expect(shortAnswer('when did moreau die', 'Moreau').phrase.text).toBe('1959');
		expect(shortAnswer('when did moreau flee to lisbon', 'Moreau').phrase.text).toBe('1938');
	});

	it('reads the deed across who did it and where ("found by farmers near the village of Mogilitsa in 1987")', () => {
		const { shortAnswer } = floodReport(
			'The silver rhyton dates from the 4th century BC and was found by farmers near the village of Mogilitsa in 1987.',
		);
		expect(shortAnswer('when was the rhyton found', 'The silver').phrase.text).toBe('1987');
		expect(shortAnswer('when was the rhyton dug up', 'The silver').phrase.text).toBe('1987');
		expect(shortAnswer('how old is the rhyton', 'The silver').phrase.text).toBe('the 4th century BC');
	});

	it('reads no word of time the question holds as where its date stands ("sign up for next year")', () => {
		const { shortAnswer } = floodReport(
			"Next year's race is scheduled for April 13, and registration will open on October 1.",
		);
		expect(shortAnswer('when can i sign up for next year', 'Next year').phrase.text).toBe('October 1');
		expect(shortAnswer("when is next year's race", 'Next year').phrase.text).toBe('April 13');
	});

	it('leaves the choice to the nearest words where no deed asked stands right before a date', () => {
		const { shortAnswer } = floodReport('Moreau, born in 1901, was a painter who moved to Lisbon in 1938.');
		expect(shortAnswer('when was moreau born', 'Moreau').phrase.text).toBe('1901');
		const census = floodReport(
			'It had 12,184,000 residents on census day, 14 March, against 11,402,000 at the census in 2014.',
		);
		expect(census.shortAnswer('when was census day', 'residents').phrase.text).toBe('14 March');
		const loans = floodReport(
			"Applications open on January 15, and the first payments will be applied to borrowers' accounts in April.",
		);
		expect(loans.shortAnswer('when can grads start applying', 'Applications').phrase.text).toBe('January 15');
	});
});
