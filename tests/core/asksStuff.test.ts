import { describe, expect, it } from 'vitest';
import { asksStuff } from '../../src/core/asksStuff.ts';
import { floodReport } from './floodReport.ts';

describe('asksStuff', () => {
	it('tells a question about an amount of some stuff from one a sum answers', () => {
		expect(asksStuff('how much sewage ended up in the harbour')).toBe(true);
		expect(asksStuff('how much rain fell on Sunday')).toBe(true);
		expect(asksStuff('how much crop damage is there')).toBe(false);
		expect(asksStuff('how much japanese stock did foreigners dump')).toBe(false);
		expect(asksStuff('how much is the water worth')).toBe(false);
		expect(asksStuff('how many litres of water')).toBe(false);
	});

	it('lowers the fit of a sum of money as its answer', () => {
		const { shortAnswer } = floodReport(
			'The utility was fined NZ$1.9 million for the sewage spills.\n\nAn estimated 46 million litres of sewage flowed into the harbour.',
		);
		expect(shortAnswer('how much sewage ended up in the harbour', 'NZ$1.9 million').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much sewage ended up in the harbour', '46 million litres').fit).toBe(1);
	});
});
