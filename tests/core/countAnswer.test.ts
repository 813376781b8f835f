import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';
import { newUserDesk } from './shippedModel.ts';

describe('how heavy', () => {
	it('is answered by a weight, and a sentence without one fits less', () => {
		const { shortAnswer, context } = floodReport(
			'Otto escaped through a gap 30 centimetres wide, two keepers said.\n\nThe 40-kilogram tortoise was found in a garden.',
		);
		expect(shortAnswer('how heavy is otto', 'escaped').fit).toBeCloseTo(context.options.missingFigureFit);
		expect(shortAnswer('how heavy is otto', 'garden').phrase.text).toContain('40-kilogram');
	});
});

describe('a sum for a size', () => {
	it('is no answer to "how high/far/long…", unless a sum is what has the size', () => {
		const { shortAnswer, context } = floodReport(
			'The court ordered the label to pay 410,000 euros after the song "Paper Lanterns" topped the charts.',
		);
		const fitOf = (question: string) => shortAnswer(question, '410,000').fit;
		expect(fitOf('how high did paper lanterns get in the charts')).toBeCloseTo(context.options.countMismatchFit);
		expect(fitOf('how high was the payout for paper lanterns')).toBe(1);
	});
});

describe('a sum asked by its noun', () => {
	it('is not answered by a count of things ("how much subsidy" of "11 lifts")', () => {
		const { shortAnswer, context } = floodReport(
			'The resort, which has 11 lifts, opened for only 19 days.\n\nPolice seized fake 50-euro notes worth about 3.4 million euros.',
		);
		expect(shortAnswer('how much public subsidy did the resort get', '11 lifts').fit).toBeCloseTo(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how much fake cash did police seize', 'seized').phrase.text).toBe('about 3.4 million euros');
	});
});

describe('a year of an era or a clock time', () => {
	it('counts nothing "how many" or "how tall" asks', () => {
		const { shortAnswer, context } = floodReport(
			'The man died between 180 and 60 BC, the study found.\n\nThe wheel halted at about 9:15 p.m. on Saturday.\n\nThe study found 180 graves.',
		);
		expect(shortAnswer('how many researchers worked on the study', '60 BC').fit).toBeCloseTo(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how tall is the wheel', 'halted').fit).toBeCloseTo(context.options.countMismatchFit);
		expect(shortAnswer('how many graves did the study find', '180 graves').fit).toBe(1);
	});
});

describe('things for a stretch of time', () => {
	it('does not answer "how many days" with a count of people', () => {
		const { shortAnswer, context } = floodReport(
			'The rail strike lasted five days.\n\nUnions warned the walkout could add tens of thousands more passengers to the buses.',
		);
		expect(shortAnswer('how many days will the walkout last', 'tens of thousands').fit).toBeCloseTo(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how many passengers could the walkout add', 'tens of thousands').fit).toBe(1);
		expect(shortAnswer('how many days did the rail strike last', 'five days').fit).toBe(1);
	});
});

describe('a margin for a total', () => {
	it('is no answer to "how many votes did she get", but answers "by how many"', () => {
		const { shortAnswer, context } = floodReport(
			'A recount overturned the result, and Ana Whitford won by four votes.\n\nWhitford finished with 14,287 votes.',
		);
		expect(shortAnswer('how many votes did whitford get', 'four votes').fit).toBeCloseTo(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how many votes did whitford get', '14,287').fit).toBe(1);
		expect(shortAnswer('by how many votes did whitford win', 'four votes').fit).toBe(1);
	});
});

describe('a worth for a payment', () => {
	it('is no answer to "how much did she pay", but answers "how much is it worth"', () => {
		const { shortAnswer, context } = floodReport(
			'Oyelaran signed a contract worth at least 4 million euros, the club said.',
		);
		expect(shortAnswer('how much is oyelaran paid by kartal', '4 million').fit).toBeCloseTo(
			context.options.otherDeedFit,
		);
		expect(shortAnswer("how much is oyelaran's contract worth", '4 million').fit).toBe(1);
	});

	it('gives no age ("a 1,200-year-old wreck") for a count, and a weight in grams for "how much does it weigh"', () => {
		const { shortAnswer, context } = floodReport(
			'Divers explored a 1,200-year-old wreck off the coast of Orvik.\n\nThe bronze bell, which weighs 450 grams, was raised on Monday.',
		);
		expect(shortAnswer('how many divers explored the wreck', 'Divers explored').fit).toBeLessThanOrEqual(
			context.options.countMismatchFit,
		);
		const weight = shortAnswer('how much does the bell weigh', 'bronze bell');
		expect(weight.phrase.text).toBe('450 grams');
		expect(weight.fit).toBe(1);
	});
});

describe('countAnswer of a vague length of time', () => {
	it('gives "several minutes" the fit of a count of another thing for "how many stewards", not for "how many minutes"', () => {
		const { shortAnswer, context } = floodReport(
			'Witnesses said people near the front barrier were pinned for several minutes before stewards stopped the show.',
		);
		expect(shortAnswer('how many stewards were posted at the front barrier', 'Witnesses').fit).toBe(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how many minutes were people pinned', 'Witnesses').fit).toBe(
			context.options.countOtherThingFit,
		);
	});
});

describe('a figure of the clause asked', () => {
	it('is no count of the thing named when it is a share', () => {
		const { shortAnswer, context } = floodReport(
			'The Civic Alliance won the election with 34.2 percent of the vote.\n\nThe Greens, who won 12 seats, joined the talks.',
		);
		const seats = shortAnswer('how many seats did the civic alliance win', 'Civic Alliance');
		expect(seats.phrase.text).toBe('34.2 percent');
		expect(seats.fit).toBeCloseTo(context.options.countMismatchFit);
		expect(shortAnswer('how many seats did the greens win', 'Greens').phrase.text).toBe('12 seats');
	});

	it('lets the engine give no share for how many people a country lost', () => {
		const answer = newUserDesk('nu31-').ask('how many people were lost');
		expect(answer.answered ? answer.answer : '').not.toMatch(/percent/);
	});
});
