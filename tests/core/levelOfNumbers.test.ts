import { describe, expect, it } from 'vitest';
import { levelOfNumbers } from '../../src/core/levelOfNumbers.ts';
import { floodReport } from './floodReport.ts';

describe('levelOfNumbers', () => {
	const sentence = 'Passenger numbers at the airport fell by 8% last year, to about 2.4 million, the operator said.';

	it('gives the level a thing\'s numbers reached, for "how many" of that thing', () => {
		expect(levelOfNumbers('how many passengers used the airport', sentence)?.text).toBe('about 2.4 million');
		expect(levelOfNumbers('how many flights left the airport', sentence)).toBeUndefined();
		expect(levelOfNumbers('how much did passenger numbers fall', sentence)).toBeUndefined();
	});

	it('answers the count question with it in the engine', () => {
		const { shortAnswer } = floodReport(
			'Visitor numbers to the park rose by 12% last year, to about 31,000, the trust said.',
		);
		const level = shortAnswer('how many visitors did the park get last year', 'Visitor numbers');
		expect(level.phrase.text).toBe('about 31,000');
		expect(level.fit).toBe(1);
	});

	it("reads a thing's sales as its numbers: the tickets sold", () => {
		const sales = 'Ticket sales at the Playhouse rose by 14% last year, to just under 52,000, the theatre said.';
		expect(levelOfNumbers('how many tickets did they sell last yr', sales)?.text).toBe('just under 52,000');
		expect(levelOfNumbers('how many seats does the playhouse have', sales)).toBeUndefined();
		const { shortAnswer } = floodReport(sales);
		expect(shortAnswer('how many tickets did they sell last year', 'Ticket sales').phrase.text).toBe(
			'just under 52,000',
		);
	});
});
