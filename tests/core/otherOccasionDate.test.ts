import { describe, expect, it } from 'vitest';
import { otherOccasionDate } from '../../src/core/otherOccasionDate.ts';
import { floodReport } from './floodReport.ts';
import { newUserDesk } from './shippedModel.ts';

describe('otherOccasionDate', () => {
	it('reads a sentence that tells of a similar event as another event, unless the question names it', () => {
		const kingsmere = 'Similar strikes have taken place at other universities, including one at Kingsmere in 2021.';
		expect(otherOccasionDate('when did the rent strike start', kingsmere)).toBe(true);
		expect(otherOccasionDate('when was the strike at kingsmere', kingsmere)).toBe(false);
		expect(otherOccasionDate('when was the last similar strike', kingsmere)).toBe(false);
		const rescue = 'The situation recalls the 2013 rescue of the Akademik Shokalskiy, which was trapped in ice.';
		expect(otherOccasionDate('when did it get stuck in the ice', rescue)).toBe(true);
		expect(otherOccasionDate('when did it get stuck in the ice', 'It became stuck on Dec. 28 in the Dumont Sea.')).toBe(
			false,
		);
		const levy = 'Supporters pointed to Britain, which introduced a similar levy in 2018.';
		expect(otherOccasionDate('when did britain introduce its sugar levy', levy)).toBe(false);
	});

	it('gives the date of such a sentence a low fit for "when"', () => {
		const { context, shortAnswer } = floodReport(
			'Students at Harlow University began a rent strike on Jan. 15. Similar strikes have taken place at other universities, including one at Kingsmere in 2021.',
		);
		expect(shortAnswer('when did the rent strike start', 'Similar strikes').fit).toBe(context.options.otherDeedFit);
		expect(shortAnswer('when did the rent strike start', 'began a rent strike').fit).toBe(1);
	});

	it('reads a comparison with another occasion as another event, for a figure too, and no product recall as one', () => {
		const { context, shortAnswer } = floodReport(
			'The speech drew comparisons with a 2019 address at a summit in Harlow Bay, where an activist spoke for six minutes. Noor spoke for just under eight minutes on Tuesday.',
		);
		expect(shortAnswer('how long did she speak', 'drew comparisons').fit).toBe(context.options.otherDeedFit);
		expect(otherOccasionDate('how many packs were recalled', 'Medwell recalled about 86,000 battery packs.')).toBe(
			false,
		);
		expect(
			otherOccasionDate('what temperature do older enzymes need', 'They needed 65C to work at a similar speed.'),
		).toBe(false);
	});
});

describe('a sentence opening on a year gone', () => {
	const hoard =
		'In 2019, a farmworker near the town of Brindle Cross found 864 bronze coins, later valued at 52,000 pounds.';

	it('tells of another occasion unless the question names what it does', () => {
		expect(otherOccasionDate('how much is the hoard worth', hoard)).toBe(true);
		expect(otherOccasionDate('how long are the schools shut for', 'Last year, schools closed for 10 days.')).toBe(true);
		expect(otherOccasionDate('what was the brindle cross hoard valued at', hoard)).toBe(false);
		expect(otherOccasionDate('how much was the 2019 hoard worth', hoard)).toBe(false);
		expect(otherOccasionDate('how much is the hoard worth', 'The hoard, found in 2019, is worth 52,000 pounds.')).toBe(
			false,
		);
	});

	it('reads other openings on a time gone alike', () => {
		expect(otherOccasionDate('how long was the strike', 'Back in 2009, a strike lasted six weeks.')).toBe(true);
		expect(otherOccasionDate('how long was the strike', 'Two years ago, a strike lasted six weeks.')).toBe(true);
		expect(otherOccasionDate('how long was the strike', 'In the 1990s, a strike lasted six weeks.')).toBe(true);
	});

	it("lets the engine value this story's hoard, not one found before", () => {
		expect(newUserDesk('nu59-').ask('how much is the hoard worth').answer).toBe('about 180,000 pounds');
	});
});
