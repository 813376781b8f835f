import { describe, expect, it } from 'vitest';
import { onAskedSide } from '../../src/core/voteSide.ts';
import { countsOf } from './countsOf.ts';
import { floodReport } from './floodReport.ts';

const BALLOT =
	'In a community ballot organised by the parish council, 212 residents voted against the scheme and 31 voted in favour, council clerk Gwen Pritchard said.';

describe('onAskedSide', () => {
	it('picks the count of the side of a vote the question asks', () => {
		const counts = countsOf(BALLOT);
		expect(onAskedSide('how many voted against the wind farm', counts).map((f) => f.value)).toEqual([212]);
		expect(onAskedSide('how many residents backed the scheme', counts).map((f) => f.value)).toEqual([31]);
	});

	it('picks none when no side is asked, or no vote', () => {
		const counts = countsOf(BALLOT);
		expect(onAskedSide('how many residents voted', counts)).toEqual([]);
		expect(onAskedSide('how many people are against the plan', counts)).toEqual([]);
	});
});

describe('a count with a verb right after it', () => {
	it('borrows the noun of the count before ("31 voted in favour" counts residents)', () => {
		expect(countsOf(BALLOT).map((f) => f.text)).toEqual(['212 residents', '31 residents']);
		expect(countsOf('Police said 12 people were killed and 40 injured.').map((f) => f.text)).toEqual([
			'12 people killed',
			'40 injured',
		]);
	});

	it('answers either side of the vote', () => {
		const { shortAnswer } = floodReport(BALLOT);
		expect(shortAnswer('how many voted against the wind farm', 'community ballot').phrase.text).toBe('212 residents');
		expect(shortAnswer('how many residents backed the scheme', 'community ballot').phrase.text).toBe('31');
	});
});

describe('a side written inside the count', () => {
	it('answers "how many people voted yes" of "1,012 people voted No and 838 voted Yes"', () => {
		const { shortAnswer } = floodReport('In total, 1,012 people voted No and 838 voted Yes, a margin of 174 votes.');
		expect(shortAnswer('how many people voted yes', 'In total').phrase.text).toBe('838 voted Yes');
		expect(shortAnswer('how many people voted no', 'In total').phrase.text).toBe('1,012 people');
	});
});
