import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { dateToCome, otherTense, toldAllInPast, toldAsPast } from '../../src/core/otherTense.ts';
import { floodReport } from './floodReport.ts';

describe('otherTense', () => {
	it('tells a date in the other tense than the "when" question asks', () => {
		expect(otherTense('when did southfield last cut its forecast', 'next week')).toBe(true);
		expect(otherTense('When will the bridge reopen?', 'last year')).toBe(true);
		expect(otherTense('when is the ferry due to sail', 'two days ago')).toBe(true);
		expect(otherTense('when did southfield cut its forecast', 'last week')).toBe(false);
		expect(otherTense('When will the bridge reopen?', 'next spring')).toBe(false);
		expect(otherTense('when does the museum open', 'last March')).toBe(false);
		expect(otherTense('when does the increase start', 'last month')).toBe(true);
		expect(otherTense('when does the ban kick in', 'last year')).toBe(true);
		expect(otherTense('when is he due back in court', 'last week')).toBe(true);
		expect(otherTense('when could he play his first game', 'eight years ago')).toBe(true);
		expect(otherTense('when would construction start', 'in 2027')).toBe(false);
		expect(otherTense('when can visitors see the calf', 'last year')).toBe(true);
		expect(otherTense('when are they filing for approval', 'two weeks ago')).toBe(true);
		expect(otherTense('when is the next line gonna open', 'last year')).toBe(true);
		expect(otherTense('when can visitors see the calf', 'from Friday')).toBe(false);
		expect(otherTense('when was the calf born', 'last year')).toBe(false);
		expect(otherTense('when might the last homes get their power back', 'last week')).toBe(true);
	});

	it('lowers the fit of such a date as the answer', () => {
		const { shortAnswer } = floodReport('Fonterra will update its own forecast next week, the company said.');
		expect(shortAnswer('when did fonterra last update its forecast', 'next week').fit).toBeLessThan(1);
		expect(shortAnswer('when will fonterra update its forecast', 'next week').fit).toBe(1);
	});

	it('does not answer "when does the rise start" with the past date of its approval', () => {
		const { shortAnswer } = floodReport(
			'Water bills will rise by 9 percent from April. The rise, approved by the regulator last month, adds 40 pounds a year.',
		);
		expect(shortAnswer('when does the rise start', 'last month').fit).toBeLessThan(1);
		expect(shortAnswer('when was the rise approved', 'last month').fit).toBe(1);
	});
});

describe('dateToCome', () => {
	const context = { stems: { has: () => true }, correct: () => undefined, synonymWeight: 0.5, maxLength: 500 };
	const vote = 'The council voted on Thursday to ban rental e-bikes from the old town from January 1.';
	const thursday = (quote: string) => {
		const m = findMentions(quote).find((x) => x.text.includes('Thursday'));
		if (!m) throw new Error('no Thursday');
		return { text: m.text, start: m.start, end: m.end, typed: true };
	};
	it('gives the date a change starts "from" when its start is asked', () => {
		const asked = analyseQuestion('when does the e-bike ban start', context);
		expect(dateToCome(asked, vote, thursday(vote), findMentions(vote))?.phrase.text).toBe('January 1');
	});
	it('gives none for a question not of a start', () => {
		const asked = analyseQuestion('when will the e-bike ban be reviewed', context);
		expect(dateToCome(asked, vote, thursday(vote), findMentions(vote))).toBeUndefined();
	});
});

describe('toldAsPast', () => {
	const at = (quote: string, date: string) => quote.indexOf(date);
	it('reads a date after a verb in the past as past, not one after "will", "would" or "expected"', () => {
		const opened = 'The first line opened in 2010 to the north.';
		expect(toldAsPast('when will the line open', opened, at(opened, 'in 2010'))).toBe(true);
		expect(toldAsPast('when did the line open', opened, at(opened, 'in 2010'))).toBe(false);
		const expected = 'The line is expected to open in 2027.';
		expect(toldAsPast('when will the line open', expected, at(expected, 'in 2027'))).toBe(false);
		const meet = 'The minister said she would meet both sides on Monday.';
		expect(toldAsPast('when will the minister meet them', meet, at(meet, 'on Monday'))).toBe(false);
		const built = 'The bridge, which will be rebuilt in 2028, was built in 1931.';
		expect(toldAsPast('when will the bridge be rebuilt', built, at(built, 'in 2028'))).toBe(false);
		expect(toldAsPast('when will the bridge be rebuilt', built, at(built, 'in 1931'))).toBe(true);
		const refurbished = 'The refurbished Central Library reopens on 3 March after two years.';
		expect(toldAsPast('when will the library reopen', refurbished, at(refurbished, 'on 3 March'))).toBe(false);
		const hundred = 'Two hundred new buses arrive in May.';
		expect(toldAsPast('when will the new buses arrive', hundred, at(hundred, 'in May'))).toBe(false);
		const sentencing = 'Judge Eleanor Hayes set sentencing for February 19.';
		expect(toldAsPast('when is the sentencing', sentencing, at(sentencing, 'February 19'))).toBe(false);
		const fixed = 'The court set the rules on Monday.';
		expect(toldAsPast('when will the court set the rules', fixed, at(fixed, 'on Monday'))).toBe(true);
	});
});

describe('toldAllInPast', () => {
	it('reads a sentence with a verb in the past and no word of a time to come as past, for a "when will" question', () => {
		const storm = 'The storm brought back memories of the great ice storm of 1998, when ice fell for five days.';
		expect(toldAllInPast('when might the last homes get their power back', storm)).toBe(true);
		expect(toldAllInPast('when was the great ice storm', storm)).toBe(false);
		const until = 'Crews said some homes might not be reconnected until Sunday.';
		expect(toldAllInPast('when might the last homes get their power back', until)).toBe(false);
		// "cut" and "set" are present forms too: "after funding cut" tells no past.
		expect(toldAllInPast('when will the playhouse close', 'The playhouse closes in June after funding cut.')).toBe(
			false,
		);
		expect(toldAllInPast('when will the bridge reopen', 'The bridge was closed in May.')).toBe(true);
		expect(toldAllInPast('when will the bridge reopen', 'The bridge was closed in May and reopens in June.')).toBe(
			false,
		);
	});

	it('lowers the fit of a date from such a sentence, not from a headline', () => {
		const { shortAnswer } = floodReport(
			'Bridge to reopen in June after repairs\n\nThe closure brought back memories of the great barge collision of 1998, when the bridge shut for a year.',
		);
		expect(shortAnswer('when will the bridge reopen', 'of 1998').fit).toBeLessThan(1);
		expect(shortAnswer('when will the bridge reopen', 'in June').fit).toBe(1);
	});
});
