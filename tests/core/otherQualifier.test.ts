import { describe, expect, it } from 'vitest';
import { otherMatter, otherQualifier } from '../../src/core/otherQualifier.ts';
import { floodReport } from './floodReport.ts';

describe('otherQualifier', () => {
	it('tells a sentence about another kind of the thing asked ("red wine" for "white wine")', () => {
		const wine = 'Valmont produces about 38 million bottles a year, most of it red wine.';
		expect(otherQualifier('how many bottles of white wine does valmont produce', wine)).toBe(true);
		const district = 'In the central Kestrel district, 68 percent of voters backed the bid.';
		expect(otherQualifier('what percentage backed the bid in the eastern districts', district)).toBe(true);
		const race = "Berhanu Alemu was second in the men's race.";
		expect(otherQualifier("who was second in the women's race", race)).toBe(true);
		const rent = 'The yearly rent for a full plot rises from 40 pounds to 55 pounds.';
		expect(otherQualifier('how much is the rent for a half plot', rent)).toBe(true);
		const lanes = 'The southbound carriageway reopened after six hours.';
		expect(otherQualifier('when did the northbound carriageway reopen', lanes)).toBe(true);
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

describe('otherMatter', () => {
	const damp = 'The ombudsman received 7,960 complaints about damp and mould in the year to March.';

	it('tells a thing about another matter ("complaints about damp") from the one asked ("about noise")', () => {
		expect(otherMatter('how many complaints about noise did the ombudsman get', damp)).toBe(true);
		expect(otherMatter('how many complaints about damp did the ombudsman get', damp)).toBe(false);
		expect(otherMatter('how many complaints did the ombudsman get', damp)).toBe(false);
		expect(otherMatter('how many complaints about mould were there', damp)).toBe(false);
		expect(otherMatter('how long was the row over pay', 'The row over pensions lasted six weeks.')).toBe(true);
	});

	it('lowers the fit of a count of the thing about another matter', () => {
		const { shortAnswer, context } = floodReport(damp);
		expect(shortAnswer('how many complaints about noise did the ombudsman get', '7,960').fit).toBe(
			context.options.countMismatchFit,
		);
		expect(shortAnswer('how many complaints about damp did the ombudsman get', '7,960').fit).toBe(1);
	});
});
