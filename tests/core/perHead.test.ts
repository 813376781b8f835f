import { describe, expect, it } from 'vitest';
import { perHeadUnsaid } from '../../src/core/perHead.ts';
import { floodReport } from './floodReport.ts';

describe('perHeadUnsaid', () => {
	it('reads a total as no answer to a figure for each of some people', () => {
		const total = 'Analysts estimated the disruption would cost airlines €4.5 million in compensation.';
		expect(perHeadUnsaid('how much compensation does each passenger get', total)).toBe(true);
		expect(perHeadUnsaid('how much will each household pay', 'The levy will raise €12 million a year.')).toBe(true);
	});

	it('leaves a figure given for each, a question for no one in particular, and each of some things', () => {
		expect(perHeadUnsaid('how much does each passenger get', 'Passengers will get €250 each.')).toBe(false);
		expect(perHeadUnsaid('how much does each passenger get', 'Airlines pay €250 per passenger.')).toBe(false);
		expect(perHeadUnsaid('how much compensation will airlines pay', 'It will cost €4.5 million.')).toBe(false);
		expect(perHeadUnsaid('how much does each ticket cost', 'Tickets cost €40.')).toBe(false);
		const average = 'Households will pay £120 less a year on average under the new tariff.';
		expect(perHeadUnsaid('how much less will each household pay', average)).toBe(false);
		const bonus = 'Workers at the regulator will receive a one-off bonus of £500.';
		expect(perHeadUnsaid('how much will each worker get', bonus)).toBe(false);
		const total = 'The company will pay workers a total of €2 million in compensation.';
		expect(perHeadUnsaid('how much will each worker receive', total)).toBe(true);
	});

	it('lowers the count answer to the missing-figure fit', () => {
		const { shortAnswer, context } = floodReport(
			'Airport\n\nThe disruption will cost airlines €4.5 million in compensation.',
		);
		expect(shortAnswer('how much compensation does each passenger get', 'disruption').fit).toBe(
			context.options.missingFigureFit,
		);
	});
});
