import { describe, expect, it } from 'vitest';
import { countOfThing, partHeld } from '../../src/core/countOfThing.ts';
import { floodReport } from './floodReport.ts';

describe('countOfThing', () => {
	it('reads the count of the very thing asked, joined to its unit or told as made of it', () => {
		const joined = 'The law passed 78 votes to 55 in the 151-seat Sabor after a long debate.';
		expect(countOfThing('how many seats are in the sabor', joined)?.text).toBe('151-seat');
		const made = 'The storm hit Tavuana, a nation of 85 islands with 140,000 people.';
		expect(countOfThing('how many islands does tavuana have', made)?.text).toBe('85 islands');
		expect(countOfThing('how many seats are in the sabor', 'The party holds 42 seats in the Sabor.')).toBeUndefined();
		expect(countOfThing('how many rooms are in the hotel', joined)).toBeUndefined();
		const ward = 'The hospital has 400 beds, and a 20-bed ward at the hospital reopened.';
		expect(countOfThing('how many beds are in the hospital', ward)).toBeUndefined();
	});
});

describe('partHeld', () => {
	it('tells a part someone holds from the count of the thing itself', () => {
		const part = 'The Social Democratic Party holds 42 seats in the Sabor.';
		expect(partHeld('how many seats are in the sabor', part, part.indexOf('42'))).toBe(true);
		const own = 'The damaged pen held about 118,000 fish.';
		expect(partHeld('how many fish were in the pen that broke', own, own.indexOf('about'))).toBe(false);
		expect(partHeld('how many seats did the party win', part, part.indexOf('42'))).toBe(false);
		const won = 'The Social Democrats won 42 seats.';
		expect(partHeld('how many seats does the party have', won, won.indexOf('42'))).toBe(false);
	});

	it('answers "how many seats are in the Sabor" with the whole, not a party\'s part', () => {
		const { shortAnswer } = floodReport(
			'The Social Democratic Party holds 42 seats in the Sabor. The law passed in the 151-seat Sabor on Friday.',
		);
		expect(shortAnswer('how many seats are in the sabor', 'holds 42').fit).toBeLessThan(1);
		const whole = shortAnswer('how many seats are in the sabor', 'law passed');
		expect(whole.phrase.text).toBe('151-seat');
		expect(whole.matched).toBe(true);
	});

	it('answers a party\'s seats with its count, not the size of the body ("the 60-seat assembly"), and sizes it "on"', () => {
		const { shortAnswer } = floodReport(
			'In the vote for the 60-seat regional assembly, the Farmers League won 22 seats, up from 15.',
		);
		expect(shortAnswer('how many assembly seats did the farmers league win', 'Farmers League').phrase.text).toBe(
			'22 seats',
		);
		expect(shortAnswer('how many seats are on the regional assembly', 'Farmers League').phrase.text).toBe('60-seat');
	});

	it('sizes the thing by the whole a part is counted out of ("won 38 of the 120 seats in the assembly")', () => {
		const sentence = 'The Farmers League won 38 of the 120 seats in the assembly, up from 30.';
		expect(countOfThing('how many seats are in the assembly', sentence)?.text).toBe('120 seats');
		expect(countOfThing('how many seats are in the senate', sentence)).toBeUndefined();
	});
});
