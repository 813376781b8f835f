import { describe, expect, it } from 'vitest';
import { pricesOtherThing, totalForOne } from '../../src/core/totalForOne.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, figure: string): [number, number] => {
	const start = sentence.indexOf(figure);
	return [start, start + figure.length];
};

describe('totalForOne', () => {
	it('tells a sum called a total in its clause from the sum of each asked ("worth each")', () => {
		const orchids = 'The charity estimated the total black-market value of the stolen orchids at about 58,000 pounds.';
		expect(totalForOne('how much r these orchids worth each', orchids, ...at(orchids, 'about 58,000 pounds'))).toBe(
			true,
		);
		expect(totalForOne('how much r these orchids worth', orchids, ...at(orchids, 'about 58,000 pounds'))).toBe(false);
		const flats = 'Refunds total about €850,000, an average of roughly €4,000 per household.';
		expect(totalForOne('how much will each household get', flats, ...at(flats, 'roughly €4,000'))).toBe(false);
	});

	it('tells a total for a stretch of time, beside a count of many or over years, from the price of one asked', () => {
		const lunch =
			'The state will give a free lunch to its 1.4 million pupils at a cost of about 1.1 billion euros a year.';
		const yearly = at(lunch, 'about 1.1 billion euros a year');
		expect(totalForOne('how much does each lunch cost', lunch, ...yearly)).toBe(true);
		expect(totalForOne('how much does each lunch cost a year', lunch, ...yearly)).toBe(false);
		const drones = 'The board will pay Skerry Aero 4.6 million pounds over four years.';
		expect(totalForOne('how much does each drone cost', drones, ...at(drones, '4.6 million pounds'))).toBe(true);
		const subscription = 'A subscription costs 120 euros a year.';
		expect(
			totalForOne('how much does a subscription cost', subscription, ...at(subscription, '120 euros a year')),
		).toBe(false);
		const hospital = 'The new hospital will cost 300 million euros over the next five years.';
		const built = at(hospital, '300 million euros');
		expect(totalForOne('how much will a new hospital cost', hospital, ...built)).toBe(false);
	});

	it('tells a sum raised by many of the thing, counted in an earlier clause, from the price of one', () => {
		const tickets = 'It said 31,400 tickets had been sold, bringing in about 46 million rupees.';
		expect(totalForOne('how much did a ticket cost', tickets, ...at(tickets, 'about 46 million rupees'))).toBe(true);
		expect(totalForOne('how much did the stadium cost', tickets, ...at(tickets, 'about 46 million rupees'))).toBe(
			false,
		);
		const each = 'The club sold 31,400 tickets at 25 euros each.';
		expect(totalForOne('how much did a ticket cost', each, ...at(each, '25 euros'))).toBe(false);
		const year = 'In 2023, tickets cost 40 euros.';
		expect(totalForOne('how much did a ticket cost', year, ...at(year, '40 euros'))).toBe(false);
		const launch = 'It says a Tsubame-1 launch costs about 1.5 billion yen, and it plans four launches next year.';
		expect(totalForOne('how much does one launch cost', launch, ...at(launch, 'about 1.5 billion yen'))).toBe(false);
	});
});

describe('pricesOtherThing', () => {
	it('tells a sum counted as another thing from the price of the one thing asked', () => {
		expect(pricesOtherThing('how much does a lottery ticket cost', 'jackpot')).toBe(true);
		expect(pricesOtherThing('how much does a lottery ticket cost', 'tickets')).toBe(false);
		expect(pricesOtherThing('how much does a lottery ticket cost', 'fare')).toBe(false);
		expect(pricesOtherThing('how much does a bus ticket cost', 'pence')).toBe(false);
		expect(pricesOtherThing('how much does a bus ticket cost', 'forints')).toBe(false);
		expect(pricesOtherThing('how much did the lottery pay out', 'jackpot')).toBe(false);
	});

	it('lowers a jackpot given as the price of a ticket, and keeps the price itself', () => {
		const text =
			'Lottery\n\nA single ticket bought in Tromsø won a 40 million kroner jackpot on Saturday. Tickets cost 25 kroner each.';
		const { shortAnswer, context } = floodReport(text);
		expect(shortAnswer('how much does a lottery ticket cost', 'jackpot').fit).toBe(context.options.countOtherThingFit);
		expect(shortAnswer('how much does a lottery ticket cost', '25 kroner').fit).toBe(1);
	});
});
