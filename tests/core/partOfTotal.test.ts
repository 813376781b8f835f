import { describe, expect, it } from 'vitest';
import { partAfterWhole } from '../../src/core/partAfterWhole.ts';
import { partOfTotal } from '../../src/core/partOfTotal.ts';
import { floodReport } from './floodReport.ts';

describe('partOfTotal', () => {
	const blocks = 'Of its 143 blocks, 88 of the 143 blocks assessed are over-exploited, the report said.';
	const total = blocks.lastIndexOf('143 blocks');

	it('gives the part written before a whole, for a "how many" asked of the part', () => {
		expect(partOfTotal('how many blocks are over-exploited', blocks, total, total + 10)).toEqual([19, 21]);
	});

	it('gives no part where the question asks how many there are ("one of 640 machines")', () => {
		const shop = 'Bottles go back to a shop or to one of 640 reverse vending machines.';
		const at = shop.indexOf('640');
		expect(partOfTotal('how many reverse vending machines r there', shop, at, at + 28)).toBeUndefined();
		const one = shop.indexOf('one');
		expect(partOfTotal('how many reverse vending machines took bottles', shop, at, at + 28)).toEqual([one, one + 3]);
		const { shortAnswer } = floodReport(shop);
		expect(shortAnswer('how many vending machines are there?', '640').phrase.text).toBe('640 reverse vending machines');
	});

	it('reads a whole written after its owner\'s name ("nine of Zambia\'s 10 provinces")', () => {
		const provinces = "The caterpillars have been found in nine of Zambia's 10 provinces.";
		const ten = provinces.indexOf('10 provinces');
		const nine = provinces.indexOf('nine');
		expect(partOfTotal('how many provinces have armyworm', provinces, ten, ten + 12)).toEqual([nine, nine + 4]);
	});

	it('reads a whole described as promised or planned ("300 of the promised 18,000 suitcases")', () => {
		const { shortAnswer } = floodReport('Only 300 of the promised 18,000 suitcases were ever shipped.');
		expect(shortAnswer('how many of the suitcases actually got shipped', 'suitcases').phrase.text).toBe('300');
	});

	it('keeps the whole for a question about it, in total or by the words that describe it', () => {
		expect(partOfTotal('how many blocks are there in total', blocks, total, total + 10)).toBeUndefined();
		expect(partOfTotal('how many blocks were assessed', blocks, total, total + 10)).toBeUndefined();
		expect(partOfTotal('how big are the blocks', blocks, total, total + 10)).toBeUndefined();
		const none = 'None of the 21 crew members were injured.';
		const crew = none.indexOf('21');
		expect(partOfTotal('how many crew were on board', none, crew, crew + 15)).toBeUndefined();
	});

	it('answers the part on a report', () => {
		const { shortAnswer } = floodReport('Inspectors said 88 of 143 bridges are unsafe, fire chief Ola Berg said.');
		expect(shortAnswer('How many bridges are unsafe?', 'Inspectors').phrase.text).toBe('88');
	});
});

describe('partAfterWhole', () => {
	const { context } = floodReport(
		[
			'Vote',
			"Of the bank's 20 largest investors, 13 voted against the pay report and five voted in favour.",
			'Its 20 largest investors hold 45 per cent of the shares; 13 voted against.',
			'The 20 investors met 3 times before 13 of them voted.',
		].join('\n\n'),
	);
	const part = (question: string, sentence: number) => {
		const quote = context.corpus.quote(sentence);
		const end = quote.indexOf('20 ') + 2;
		return partAfterWhole(question, context, sentence, end, 20, new Set([20]))?.text;
	};

	it('answers "how many of <the whole>" with the part after the whole that the question\'s words follow', () => {
		expect(part('how many of the top 20 investors voted against', 1)).toBe('13');
		expect(part('how many of the top 20 investors voted in favour', 1)).toBe('five');
	});

	it('takes no sum, share or figure of another thing for the part, nor answers another question', () => {
		expect(part('how many of its 20 largest investors voted against', 2)).toBeUndefined();
		expect(part('how many of the 20 investors voted', 3)).toBeUndefined();
		expect(part('how many investors voted against', 1)).toBeUndefined();
	});
});
