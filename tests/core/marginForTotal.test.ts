import { describe, expect, it } from 'vitest';
import { marginForTotal, worthForPayment } from '../../src/core/marginForTotal.ts';

const at = (sentence: string, figure: string) => sentence.indexOf(figure);

describe('marginForTotal', () => {
	it('reads a figure after "by" as a margin where a total held is asked', () => {
		const won = 'She won by four votes after a recount.';
		expect(marginForTotal('how many votes did she get', won, at(won, 'four'))).toBe(true);
		expect(marginForTotal('by how many votes did she win', won, at(won, 'four'))).toBe(false);
		const total = 'She finished with 14,287 votes.';
		expect(marginForTotal('how many votes did she get', total, at(total, '14,287'))).toBe(false);
	});

	it('reads a figure before "behind", "ahead", "clear" or "short" as a gap, no total held', () => {
		const behind = 'Runner-up Pennock Wharf Silver finished two points behind, with Carrow Motors Band third.';
		expect(marginForTotal('how many points did carrow motors get', behind, at(behind, 'two'))).toBe(true);
		const short = 'The party won 31 seats, five short of a majority.';
		expect(marginForTotal('how many seats did the party win', short, at(short, 'five'))).toBe(true);
		expect(marginForTotal('how many seats did the party win', short, at(short, '31'))).toBe(false);
		expect(marginForTotal('how many points behind were they', behind, at(behind, 'two'))).toBe(false);
	});
});

describe('worthForPayment', () => {
	it('reads a sum after "worth" as a value where a payment is asked', () => {
		const race = 'She never had a runner in a race worth more than 50,000 pounds.';
		expect(worthForPayment('how much did she pay for the horse', race, at(race, '50,000'))).toBe(true);
		expect(worthForPayment('how much is the race worth', race, at(race, '50,000'))).toBe(false);
		const paid = 'She paid 6,000 pounds for him.';
		expect(worthForPayment('how much did she pay for the horse', paid, at(paid, '6,000'))).toBe(false);
	});
});
