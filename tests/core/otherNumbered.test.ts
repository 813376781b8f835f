import { describe, expect, it } from 'vitest';
import { otherNumbered } from '../../src/core/otherNumbered.ts';
import { floodReport } from './floodReport.ts';

describe('otherNumbered', () => {
	const line = 'The new metro Line 3, which is due to open in 2027, will be run by DMT.';

	it('tells a sentence naming the thing asked with another number only', () => {
		expect(otherNumbered('when will metro line 4 open', line)).toBe(true);
		expect(otherNumbered('what was the score in game 7', 'Game 6 ended 3-2 after extra time.')).toBe(true);
	});

	it('lets the same number, a figure that counts or says when, and a sentence without the name pass', () => {
		expect(otherNumbered('when will metro line 3 open', line)).toBe(false);
		expect(otherNumbered('how many were hired in 2022', 'It hired 210 in 2023.')).toBe(false);
		expect(otherNumbered('who finished in the top 10', 'She finished in the top 20.')).toBe(false);
		expect(otherNumbered('when will line 4 open', 'The new line is due to open in 2027.')).toBe(false);
	});

	it('lowers the fit of such a sentence as an answer', () => {
		const { shortAnswer, context } = floodReport(line);
		expect(shortAnswer('when will metro line 4 open', 'Line 3').fit).toBeCloseTo(context.options.otherOrdinalFit);
		expect(shortAnswer('when will metro line 3 open', 'Line 3').fit).toBe(1);
	});
});
