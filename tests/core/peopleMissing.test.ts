import { describe, expect, it } from 'vitest';
import { otherPeople, peopleMissing } from '../../src/core/peopleMissing.ts';
import { floodReport } from './floodReport.ts';

describe('peopleMissing', () => {
	it('tells a people the report never names, by itself or its country', () => {
		const curling = 'Norway beat Canada 7-6. Their skip, Jolene Marchand, 35, said her team had no regrets.';
		expect(peopleMissing('who skipped the south korean team', curling)).toBe(true);
		expect(peopleMissing('who skipped the canadian team', curling)).toBe(false);
		expect(peopleMissing('who is the greek energy minister', 'Greece lost power on Monday.')).toBe(false);
		expect(peopleMissing('which dutch firm built it', 'It was built in the Netherlands.')).toBe(false);
		expect(peopleMissing('why are these storms getting worse', curling)).toBe(false);
		expect(peopleMissing('who won', curling)).toBe(false);
	});

	it('lowers the fit of an answer about a people the report never names', () => {
		const { shortAnswer } = floodReport(
			"Norway beat Canada 7-6 in the final on Sunday.\n\nCanada's skip, Jolene Marchand, 35, said her team had no regrets.",
		);
		expect(shortAnswer('who skipped the south korean team', 'Jolene Marchand').fit).toBeLessThan(0.5);
		expect(shortAnswer('who skipped the canadian team', 'Jolene Marchand').fit).toBe(1);
	});
});

describe('otherPeople', () => {
	it('tells a figure given to another people, the one asked unnamed', () => {
		const prize = 'The Norwegian team will share prize money of 60,000 Swiss francs.';
		expect(otherPeople('how much prize money did canada get for second', prize)).toBe(true);
		expect(otherPeople('how much prize money did norway get', prize)).toBe(false);
		expect(otherPeople('how much prize money did the winners get', prize)).toBe(false);
		const both = 'Norway will share 60,000 francs and Canada 30,000 francs.';
		expect(otherPeople('how much did canada get', both)).toBe(false);
	});

	it('lowers the fit of such a sum as the answer', () => {
		const { shortAnswer } = floodReport('The Norwegian team will share prize money of 60,000 Swiss francs.');
		expect(shortAnswer('how much prize money did canada get', '60,000').fit).toBeLessThan(0.5);
		expect(shortAnswer('how much prize money did the norwegians get', '60,000').fit).toBe(1);
		expect(otherPeople('how much did the canadians get', 'The Norwegian team will share 60,000 francs.')).toBe(true);
	});
});
