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
