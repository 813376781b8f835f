import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { startDate } from '../../src/core/startDate.ts';
import { floodReport } from './floodReport.ts';

describe('startDate', () => {
	const vote = 'The council voted on Thursday to ban shared scooters from January 1, after years of complaints.';
	const picked = { text: 'on Thursday', start: vote.indexOf('on Thursday'), end: vote.indexOf(' to ban'), typed: true };

	it('gives the date something applies from when the question asks when it starts', () => {
		expect(startDate('when does the scooter ban start', vote, picked, findMentions(vote))?.text).toBe('January 1');
		expect(startDate('when will the ban kick in', vote, picked, findMentions(vote))?.text).toBe('January 1');
	});

	it('gives none for a question about another time, or where the picked date is the start', () => {
		expect(startDate('when did the council vote', vote, picked, findMentions(vote))).toBeUndefined();
		const from = { text: 'January 1', start: vote.indexOf('January 1'), end: vote.indexOf(', after'), typed: true };
		expect(startDate('when does the ban start', vote, from, findMentions(vote))).toBeUndefined();
		const drought = 'The drought began in March, with rainfall down 40% from 2019 levels.';
		const march = { text: 'in March', start: drought.indexOf('in March'), end: drought.indexOf(','), typed: true };
		expect(startDate('when did the drought start', drought, march, findMentions(drought))).toBeUndefined();
	});

	it('answers "when does X start" with that date on a report', () => {
		const { shortAnswer } = floodReport(
			'Orvik council voted on Tuesday night to ban gas-powered leaf blowers from April 2027, fire chief Ola Berg said.',
		);
		expect(shortAnswer('When does the leaf blower ban kick in?', 'leaf blowers').phrase.text).toBe('April 2027');
	});
});
