import { describe, expect, it } from 'vitest';
import { sumOrSizeMismatch } from '../../src/core/sumOrSizeMismatch.ts';

describe('sumOrSizeMismatch', () => {
	it.each([
		['how high did the song get in the charts', '410,000 euros', true],
		['how high was the fine', '410,000 euros', false],
		['how big is the fund', '£12 million', false],
		['how far did the river rise', '3 metres', false],
		['how much public subsidy did the resort get', '11 lifts', true],
		['how much public subsidy did the resort get', '2 million euros', false],
		['how much funding was cut', '20 percent', false],
		['how many lifts are there', '11 lifts', false],
	] as const)('"%s" of "%s": %s', (question, figure, mismatch) => {
		expect(sumOrSizeMismatch(question, figure)).toBe(mismatch);
	});
});
