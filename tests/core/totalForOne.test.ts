import { describe, expect, it } from 'vitest';
import { totalForOne } from '../../src/core/totalForOne.ts';

const at = (sentence: string, figure: string): [number, number] => {
	const start = sentence.indexOf(figure);
	return [start, start + figure.length];
};

describe('totalForOne', () => {
	it('tells a total for a stretch of time from the price of one thing asked', () => {
		const lunch = 'The state will give a free lunch to every pupil at a cost of about 1.1 billion euros a year.';
		expect(totalForOne('how much does each lunch cost', lunch, ...at(lunch, 'about 1.1 billion euros a year'))).toBe(
			true,
		);
		expect(totalForOne('how much does each lunch cost a year', lunch, ...at(lunch, 'about 1.1 billion euros'))).toBe(
			false,
		);
		const drones = 'The board will pay Skerry Aero 4.6 million pounds over four years.';
		expect(totalForOne('how much does each drone cost', drones, ...at(drones, '4.6 million pounds'))).toBe(true);
		const paid = 'Each driver was paid about 240 euros a year.';
		expect(totalForOne('how much was each driver paid per staged crash', paid, ...at(paid, 'about 240 euros'))).toBe(
			true,
		);
	});

	it('tells a sum raised by many of the thing, counted before it, from the price of one', () => {
		const tickets = 'It said 31,400 tickets had been sold, bringing in about 46 million rupees.';
		expect(totalForOne('how much did a ticket cost', tickets, ...at(tickets, 'about 46 million rupees'))).toBe(true);
		expect(totalForOne('how much did the stadium cost', tickets, ...at(tickets, 'about 46 million rupees'))).toBe(
			false,
		);
		const launch = 'It says a Tsubame-1 launch costs about 1.5 billion yen, and it plans four launches next year.';
		expect(totalForOne('how much does one launch cost', launch, ...at(launch, 'about 1.5 billion yen'))).toBe(false);
	});
});
