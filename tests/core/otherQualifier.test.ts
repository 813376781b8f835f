import { describe, expect, it } from 'vitest';
import { otherQualifier } from '../../src/core/otherQualifier.ts';
import { floodReport } from './floodReport.ts';

describe('otherQualifier', () => {
	it('tells a sentence about another kind of the thing asked ("red wine" for "white wine")', () => {
		const wine = 'Valmont produces about 38 million bottles a year, most of it red wine.';
		expect(otherQualifier('how many bottles of white wine does valmont produce', wine)).toBe(true);
		const district = 'In the central Kestrel district, 68 percent of voters backed the bid.';
		expect(otherQualifier('what percentage backed the bid in the eastern districts', district)).toBe(true);
		const race = "Berhanu Alemu was second in the men's race.";
		expect(otherQualifier("who was second in the women's race", race)).toBe(true);
	});

	it('leaves the kind asked, its other wording and a thing without a rival qualifier alone', () => {
		const wine = 'Valmont produces 9 million bottles of white wine and 29 million of red wine.';
		expect(otherQualifier('how many bottles of white wine does valmont produce', wine)).toBe(false);
		const south = 'Arsenal became the first club from the south of England to join the league.';
		expect(otherQualifier('what was the first club from southern england to join', south)).toBe(false);
		const plain = 'Valmont produces about 38 million bottles of wine a year.';
		expect(otherQualifier('how many bottles of white wine does valmont produce', plain)).toBe(false);
	});

	it('gives the short answer a low fit', () => {
		const { shortAnswer, context } = floodReport(
			'Valmont produces about 38 million bottles a year, most of it red wine.',
		);
		expect(shortAnswer('how many bottles of white wine does valmont produce', 'produces').fit).toBe(
			context.options.countMismatchFit,
		);
	});
});
