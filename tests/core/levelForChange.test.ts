import { describe, expect, it } from 'vitest';
import { levelAfterChange, levelForChange, originalLevel } from '../../src/core/levelForChange.ts';
import { floodReport } from './floodReport.ts';

const span = (sentence: string, figure: string): [number, number] => {
	const start = sentence.indexOf(figure);
	return [start, start + figure.length];
};

describe('levelForChange', () => {
	it('reads a level as no answer to how much something went up or down', () => {
		const level = 'In Dublin, the average for a new tenancy was €2,540 a month.';
		expect(levelForChange('how much did dublin rents go up over the year', level, ...span(level, '€2,540'))).toBe(true);
		const fuel = 'The airline spent 2.9 billion crowns on fuel in the quarter, up 7%.';
		expect(levelForChange('how many crowns did costs go up by', fuel, ...span(fuel, '2.9 billion crowns'))).toBe(true);
		const rose = 'Rents rose 6% to €2,540 a month.';
		expect(levelForChange('by how much did rents rise', rose, ...span(rose, '€2,540'))).toBe(true);
	});

	it('leaves a change, a margin and questions about no change', () => {
		const fall = 'Prices would fall by an average of 27%.';
		expect(levelForChange('By how much are drug prices expected to drop?', fall, ...span(fall, '27%'))).toBe(false);
		const up = 'Rents were €150 a month higher than a year before.';
		expect(levelForChange('how much did rents go up', up, ...span(up, '€150'))).toBe(false);
		const slide = 'Shares in Acme tumbled 11% on Tuesday, and the stock declined 4% on Monday.';
		expect(levelForChange('how much did acme shares go down', slide, ...span(slide, '11%'))).toBe(false);
		expect(levelForChange('by how much did the stock fall', slide, ...span(slide, '4%'))).toBe(false);
		const votes = 'Achterberg won by 1,184 votes.';
		expect(levelForChange('By how many votes did Achterberg win?', votes, ...span(votes, '1,184 votes'))).toBe(false);
		const machines = 'About 60 machines will go up across the city.';
		expect(levelForChange('how many sunscreen machines are going up', machines, ...span(machines, '60'))).toBe(false);
	});

	it('lowers the short answer to the other-deed fit', () => {
		const { shortAnswer, context } = floodReport(
			'Rents\n\nIn Dublin, the average for a new tenancy was €2,540 a month.',
		);
		expect(shortAnswer('how much did dublin rents go up over the year', 'Dublin').fit).toBe(
			context.options.otherDeedFit,
		);
	});
});

describe('levelAfterChange', () => {
	const revenue = 'Revenue for the year climbed 12 percent to 5.9 billion crowns.';
	const change = revenue.indexOf('12 percent');

	it('finds the level a change reached, for a question that asks no change', () => {
		expect(levelAfterChange('what was their revenue', revenue, change, change + 10)).toBe(revenue.indexOf('5.9'));
		const quota = 'The quota will rise by 1,000 to 2,500.';
		const by = quota.indexOf('1,000');
		expect(levelAfterChange('how many visas will there be now', quota, by, by + 5)).toBe(quota.indexOf('2,500'));
	});

	it('gives the figure of the year asked where a level fell "from 64 technicians in 2015 to 41 last year"', () => {
		const staff = floodReport('Staffing fell from 64 technicians in 2015 to 41 in 2024, the union says.');
		expect(staff.shortAnswer('how many technicians did they have in 2015', '64').phrase.text).toBe('64 technicians');
		expect(staff.shortAnswer('how many technicians did they have in 2024', '64').phrase.text).toBe('41');
		expect(staff.shortAnswer('how many technicians do they have now', '64').phrase.text).toBe('41');
	});

	it('leaves a change asked, and a range ("clusters of 15 to 300")', () => {
		expect(levelAfterChange('how much did revenue rise', revenue, change, change + 10)).toBeUndefined();
		const fine = 'The fine was cut by 20% to €5,000.';
		const cut = fine.indexOf('20%');
		expect(levelAfterChange('How much was the fine reduced?', fine, cut, cut + 3)).toBeUndefined();
		expect(levelAfterChange('What was the fine?', fine, cut, cut + 3)).toBe(fine.indexOf('€5,000'));
		const topix = 'The Topix gained 1.4% to 2,987.30.';
		expect(levelAfterChange('how much did the topix gain', topix, 17, 21)).toBeUndefined();
		const grapes = 'Grapes grow in clusters of 15 to 300, and can be red.';
		const from = grapes.indexOf('15');
		expect(levelAfterChange('how many grapes are in a cluster', grapes, from, from + 2)).toBeUndefined();
	});

	it('answers "what was their revenue" with the level on a report', () => {
		const { shortAnswer } = floodReport(
			'Revenue for the year climbed 12 percent to 5.9 billion crowns, Ola Berg said.',
		);
		expect(shortAnswer('What was their revenue for the year?', 'Revenue').phrase.text).toBe('5.9 billion crowns');
	});
});

describe('levelAfterChange from a level', () => {
	it('gives the level reached for the level asked now, and the one before for a question about before', () => {
		const { shortAnswer } = floodReport('Seating capacity was cut from 1,720 to 1,450 to give audiences more legroom.');
		expect(shortAnswer('how many seats does the hall have now', 'Seating').phrase.text).toBe('1,450');
		expect(shortAnswer('how many seats did the hall have before', 'Seating').phrase.text).toBe('1,720');
		expect(levelAfterChange('how many seats', 'Prices ranged from 20 to 40 euros.', 19, 21)).toBeUndefined();
	});
});

describe('levelAfterChange past the period of the change', () => {
	it('gives the level for "what is the rent" of "rose 9.2 percent in the past year to 1,240 pounds"', () => {
		const { shortAnswer } = floodReport(
			'Average rent in Orvik rose 9.2 percent in the past year to 1,240 pounds, the office said.',
		);
		expect(shortAnswer('what is the average rent in orvik', 'Average').phrase.text).toBe('1,240 pounds');
		expect(shortAnswer('how much did rent rise in orvik', 'Average').phrase.text).toBe('9.2 percent');
	});
});

describe('originalLevel', () => {
	const cut = "The developer reduced the tower's height from an original 70 storeys after public hearings.";

	it('reads the level a thing was changed from as no answer to what it is now', () => {
		expect(originalLevel('how many storeys will the tower have', cut, cut.indexOf('70'))).toBe(true);
		expect(originalLevel('how many storeys was the tower originally', cut, cut.indexOf('70'))).toBe(false);
		expect(originalLevel('how many storeys were first planned', cut, cut.indexOf('70'))).toBe(false);
		const now = 'The tower will have 62 storeys.';
		expect(originalLevel('how many storeys will the tower have', now, now.indexOf('62'))).toBe(false);
	});

	it('lowers the fit of the short answer by otherDeedFit', () => {
		const { shortAnswer, context } = floodReport(cut);
		expect(shortAnswer('how many storeys will the tower have', 'reduced').fit).toBe(context.options.otherDeedFit);
	});
});

describe('levelAfterChange after a change named in the question', () => {
	it('gives the level reached for "after the increase", and still the change for "how big was the increase"', () => {
		const { shortAnswer } = floodReport('Lorries, a fifth of traffic, will see their toll climb from $38 to $42.');
		expect(shortAnswer('how much will lorries pay after the increase', 'Lorries').phrase.text).toBe('$42');
		const toll = 'Lorries will see their toll climb from $38 to $42.';
		expect(
			levelAfterChange('how big was the increase', toll, toll.indexOf('$38'), toll.indexOf('$38') + 3),
		).toBeUndefined();
	});
});
