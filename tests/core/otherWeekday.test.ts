import { describe, expect, it } from 'vitest';
import { otherMonth, otherWeekday } from '../../src/core/otherWeekday.ts';
import { floodReport } from './floodReport.ts';

describe('otherWeekday', () => {
	it('tells an answer on another day of the week than the question names', () => {
		expect(otherWeekday('What time on Wednesday did the sun throw out the cloud?', 'on Friday')).toBe(true);
		expect(otherWeekday('What time on Wednesday did the sun throw out the cloud?', 'on Wednesday night')).toBe(false);
		expect(otherWeekday('When did the cloud arrive?', 'on Friday')).toBe(false);
		expect(otherWeekday('When did the Sunday market close?', 'in 2019')).toBe(false);
	});

	it('lowers the fit of such an answer to a "when" question', () => {
		const { context, shortAnswer } = floodReport(
			'Storm\n\nA cloud thrown out by the sun on Wednesday reached Earth on Friday, forecasters said.',
		);
		const asked = shortAnswer('What time on Wednesday did the sun throw out the cloud?', 'A cloud thrown');
		expect(asked.fit).toBeLessThanOrEqual(context.options.missingFigureFit);
		expect(shortAnswer('When did the cloud reach Earth?', 'A cloud thrown').fit).toBeGreaterThan(
			context.options.missingFigureFit,
		);
	});
});

describe('otherMonth', () => {
	it('tells an answer in another month than the one the question gives', () => {
		expect(otherMonth('Spectre had its world premiere on 26 December of what year?', '26 October 2015')).toBe(true);
		expect(otherMonth('the press conference was in october of what year', 'December 2014')).toBe(true);
		expect(otherMonth('When in October did the bridge open?', 'on 3 October')).toBe(false);
		expect(otherMonth('When did the bridge open?', 'on 3 October')).toBe(false);
		// "may" the modal names no month.
		expect(otherMonth('When may the law take effect?', 'in June 2026')).toBe(false);
	});

	it('gives such an answer to a "when" question a low fit', () => {
		const { context, shortAnswer } = floodReport(
			'Premiere\n\nThe film had its world premiere in London on 26 October 2015.',
		);
		expect(
			shortAnswer('The film had its premiere on 26 December of what year?', 'world premiere').fit,
		).toBeLessThanOrEqual(context.options.missingFigureFit);
	});
});

describe('chooseShortAnswer of a sentence on another day', () => {
	it('gives a sentence naming only another weekday or month than the question the ordinal fit', () => {
		const { context, shortAnswer } = floodReport(
			'Box office\n\nIn the United Kingdom, the film grossed £4.1 million from its Monday preview screenings.',
		);
		const tuesday = shortAnswer('The film grossed $6.4 million from its Tuesday screenings in what country?', 'Monday');
		expect(tuesday.fit).toBeLessThanOrEqual(context.options.otherOrdinalFit);
		const monday = shortAnswer('The film grossed £4.1 million from its Monday screenings in what country?', 'Monday');
		expect(monday.fit).toBeGreaterThan(context.options.otherOrdinalFit);
	});
});
