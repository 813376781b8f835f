import { describe, expect, it } from 'vitest';
import { laterLevel } from '../../src/core/laterLevel.ts';
import { floodReport } from './floodReport.ts';

describe('laterLevel', () => {
	const staff = 'He said he had cut his staff from 14 guides to 9 this winter.';
	const at = staff.indexOf('14');

	it('finds the level a figure changed to, unless the question asks an earlier time', () => {
		expect(laterLevel('how many guides does he have now', staff, at, at + 2)).toBe(staff.indexOf('9'));
		expect(laterLevel('how many guides did he have before', staff, at, at + 2)).toBeUndefined();
		expect(laterLevel('how many guides did he have last year', staff, at, at + 2)).toBeUndefined();
	});

	it('keeps the level as it is where the change is to come, and gives the new one when that time is asked', () => {
		const trip = 'The journey to Verona will fall from 3 hours 10 minutes to 2 hours 15 minutes.';
		const from = trip.indexOf('3 hours');
		const end = from + '3 hours 10 minutes'.length;
		expect(laterLevel('how long will the journey take once it opens', trip, from, end)).toBe(trip.indexOf('2 hours'));
		expect(laterLevel('how long will the trip to verona take', trip, from, end)).toBe(trip.indexOf('2 hours'));
		expect(laterLevel('how long is the journey now', trip, from, end)).toBeUndefined();
		expect(laterLevel('how long was the journey before', trip, from, end)).toBeUndefined();
		const pay = 'Teachers will see their starting salary rise from 31,200 crowns to 34,000 crowns a year.';
		const low = pay.indexOf('31,200');
		expect(laterLevel("what's the new starting salary", pay, low, low + 6)).toBe(pay.indexOf('34,000'));
		expect(laterLevel('what is the starting salary after the rise', pay, low, low + 6)).toBe(pay.indexOf('34,000'));
		expect(laterLevel('what is the starting salary', pay, low, low + 6)).toBeUndefined();
	});

	it('reads no change of another clause, nor asks "when it opened" of the level now', () => {
		const ships = 'Sales rose sharply, and the firm now ships from 3 warehouses to 40 countries.';
		const three = ships.indexOf('3 ');
		expect(laterLevel('how many warehouses does the firm have', ships, three, three + 1)).toBeUndefined();
		const club = 'The club has grown from 40 members to 600 members.';
		const forty = club.indexOf('40');
		expect(laterLevel('how many members did it have when it opened', club, forty, forty + 2)).toBeUndefined();
	});

	it('reads no range without a word of change as a change ("aged from 14 to 18")', () => {
		const ages = 'The camp takes children aged from 14 to 18 each summer.';
		const from = ages.indexOf('14');
		expect(laterLevel('how many children does the camp take', ages, from, from + 2)).toBeUndefined();
	});

	it('finds the level reached before ", up from" the figure it left ("climbed to 6.1%, up from 4.3%")', () => {
		const rate = 'The average rate on a five-year fixed mortgage climbed to 6.1%, up from 4.3% a year earlier.';
		const at = rate.indexOf('4.3%');
		expect(laterLevel("what's the average five-year rate", rate, at, at + 4)).toBe(rate.indexOf('6.1%'));
		expect(laterLevel('what was the rate a year earlier', rate, at, at + 4)).toBeUndefined();
	});

	it('answers "how many" with the later level, fitting as the earlier did', () => {
		const { shortAnswer } = floodReport(
			'The council has cut its fleet from 14 pumps to 9 pumps since the flood, fire chief Ola Berg said.',
		);
		const now = shortAnswer('How many pumps does the council have now?', 'fleet');
		const before = shortAnswer('How many pumps did the council have before the flood?', 'fleet');
		expect(now.phrase.text).toBe('9 pumps');
		expect(before.phrase.text).toBe('14 pumps');
		expect(now.fit).toBe(before.fit);
		const { shortAnswer: guides } = floodReport('He said he had cut his staff from 14 guides to 9 this winter.');
		expect(guides('How many guides does he employ now?', 'cut his staff').phrase.text).toBe('9');
	});
});
