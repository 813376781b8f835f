import { describe, expect, it } from 'vitest';
import { otherPeriod, otherRate, pastFigure } from '../../src/core/otherPeriod.ts';

describe('otherPeriod', () => {
	it('tells a figure of this period given for a question about the one before', () => {
		const glacier = 'The glacier lost 6.1 percent of its ice volume this summer, the largest loss on record.';
		expect(otherPeriod('how much ice did the glacier lose the year before', glacier)).toBe(true);
		expect(otherPeriod('how much was last year’s apple crop worth', 'This year’s crop fell by half.')).toBe(true);
		expect(otherPeriod('how much was last year’s crop worth', 'The crop this year is worth half of it.')).toBe(true);
	});

	it('reads no mismatch where the sentence gives both periods, or the question asks of this one', () => {
		const both = 'It lost 6.1 percent this summer, after 4.2 percent the year before.';
		expect(otherPeriod('how much ice did it lose the year before', both)).toBe(false);
		const cases = 'Clinics recorded 1,340 cases in the first nine months, against 720 in the same period last year.';
		expect(otherPeriod('how many snakebites have there been this year', cases)).toBe(false);
		expect(otherPeriod('how much ice did it lose', 'It lost 6.1 percent this summer.')).toBe(false);
	});
});

describe('pastFigure', () => {
	it('tells a figure given for last year or season from the one the question asks of this year', () => {
		const festival = 'The festival, which organisers say attracted about 180,000 visitors last year, opened.';
		const end = festival.indexOf('visitors') + 'visitors'.length;
		expect(pastFigure('how many visitors came to the festival this year', festival, end)).toBe(true);
		expect(pastFigure('how many visitors came last year', festival, end)).toBe(false);
		const crop = 'Growers picked 240 million boxes this season, less than the 291 million boxes picked last season.';
		expect(pastFigure('how many boxes this season', crop, crop.indexOf('240 million boxes') + 17)).toBe(false);
		expect(pastFigure('how many boxes this season', crop, crop.indexOf('291 million boxes') + 17)).toBe(true);
	});
});

describe('otherRate', () => {
	it('finds a figure per no period where the question asks one per week, day or year', () => {
		expect(otherRate('how much will okafor earn a week', 'Kvarnby sold her for a fee of 1.4 million euros.')).toBe(
			true,
		);
		expect(otherRate('how many passengers a day will it carry', 'The flight had 276 passengers.')).toBe(true);
		expect(otherRate('how many passengers a day will it carry', 'It would carry 38,000 passengers a day.')).toBe(false);
		expect(
			otherRate('how much does the city pay every year', 'The council pays about 48 million euros annually.'),
		).toBe(false);
	});

	it("takes one year's or season's figure for a yearly one, and asks nothing of a question without a rate", () => {
		expect(otherRate('How many tourists visit annually?', 'It drew over 39 million tourists in 2013.')).toBe(false);
		expect(otherRate('how many goals does she score a season', 'She scored 31 goals last season.')).toBe(false);
		expect(otherRate('how much was the fee', 'Kvarnby sold her for a fee of 1.4 million euros.')).toBe(false);
	});
});
