import { describe, expect, it } from 'vitest';
import { ordinalElsewhere } from '../../src/core/ordinalElsewhere.ts';
import { floodReport } from './floodReport.ts';

describe('ordinalElsewhere', () => {
	const budget = () => 'The budget passed its final reading by 98 votes to 72, with 58 abstentions.';

	it('reads a part asked in order that the report never names, where it names one other of its kind', () => {
		expect(ordinalElsewhere('how many abstentions were there at the first reading', budget)).toBe(true);
		expect(ordinalElsewhere('how many passengers in Q2', () => 'It flew 7.9 million in the third quarter.')).toBe(true);
	});

	it('leaves a part the report names, a kind it never names, and a report of several such parts', () => {
		expect(ordinalElsewhere('how many abstentions were there at the final reading', budget)).toBe(false);
		expect(ordinalElsewhere('what was profit in the second half', budget)).toBe(false);
		const apple = () => 'It reported second quarter revenue. Sales made 42% of the first fiscal quarter.';
		expect(ordinalElsewhere('what was revenue in the third quarter', apple)).toBe(false);
		expect(ordinalElsewhere('what was revenue in the 2nd quarter', apple)).toBe(false);
		const acme = () =>
			'Acme made $2.1 billion in the three months to September. Sales will slow in the fourth quarter.';
		expect(ordinalElsewhere('how much profit did acme make last quarter', acme)).toBe(false);
		const audi = () => 'Audi delivered 410,000 cars, helped by demand for its Q3 SUV.';
		expect(ordinalElsewhere('how many cars did audi deliver in the first quarter', audi)).toBe(false);
	});

	it('gives the short answer the other-rank fit', () => {
		const { shortAnswer, context } = floodReport(`Budget\n\n${budget()}`);
		expect(shortAnswer('how many abstentions were there at the first reading', 'abstentions').fit).toBe(
			context.options.otherOrdinalFit,
		);
	});
});
