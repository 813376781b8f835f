import { describe, expect, it } from 'vitest';
import { givenFigures } from '../../src/core/givenFigures.ts';
import { floodReport } from './floodReport.ts';

describe('givenFigures', () => {
	it('reads the figures a question gives itself, in words or digits', () => {
		expect([...givenFigures('How many tickets matched four white balls?')]).toEqual([4]);
		expect([...givenFigures('How many of the 300 homes were destroyed?')]).toEqual([300]);
		expect(givenFigures('How many people were injured?').size).toBe(0);
	});

	it('is read once, with the question, for a count question', () => {
		const { ask } = floodReport();
		expect([...(ask('How many of the four bridges were rebuilt?').givenFigures ?? [])]).toEqual([4]);
		expect(ask('Who said it?').givenFigures).toBeUndefined();
	});
});

describe('a figure given after a minus sign', () => {
	it('is read both ways, and answers no "how much" of a sentence writing it "minus 20"', () => {
		expect([...givenFigures('how much capacity do the cells keep at -20')].sort()).toEqual([-20, 20]);
		expect(givenFigures('how many covid-19 cases were there').has(-19)).toBe(false);
		const { shortAnswer } = floodReport(
			'"At minus 20 degrees our cells keep about 90 per cent of their capacity," she said.',
		);
		expect(shortAnswer('how much capacity do the cells keep at -20', 'At minus 20').phrase.text).toBe(
			'about 90 per cent',
		);
	});
});
