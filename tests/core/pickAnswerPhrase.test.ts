import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('pickAnswerPhrase, people counted before their names', () => {
	it('answers "who" with every name of "the two council members …, Paul Nguyen and Erica Stone"', () => {
		const { shortAnswer } = floodReport(
			'The two council members who voted against the ban, Paul Nguyen and Erica Stone, argued for a lower limit. Mayor Ruth Hale and her deputy backed it.',
		);
		expect(shortAnswer('who voted no on the ban', 'two council').phrase.text).toBe('Paul Nguyen and Erica Stone');
		expect(shortAnswer('who backed the ban', 'Mayor Ruth Hale').phrase.text).toBe('Mayor Ruth Hale');
	});
});

describe('pickAnswerPhrase, a dateline', () => {
	it('answers "when are the remaining shows" with every date of the list, "when is the next" with one', () => {
		const shows = 'She will sing the remaining two performances of the run, on Nov. 12 and Nov. 15, the director said.';
		const { shortAnswer } = floodReport(shows);
		expect(shortAnswer('when are the remaining shows', 'remaining').phrase.text).toBe('Nov. 12 and Nov. 15');
		expect(shortAnswer('when is the next show', 'remaining').phrase.text).toBe('Nov. 12');
	});

	it('answers any "when" with every date listed and a range opened by "between", but a start with its first', () => {
		const { shortAnswer } = floodReport(
			'The airline ignored two written warnings, sent on July 4 and July 19, asking it to add staff.\n\nPile-driving in the bay is banned between April and July to protect seals.\n\nThe bridge closed on May 2, and traffic fell by 19 percent.',
		);
		expect(shortAnswer('when did the regulator send the warnings', 'warnings').phrase.text).toBe('July 4 and July 19');
		expect(shortAnswer('when is pile-driving banned', 'Pile-driving').phrase.text).toBe('between April and July');
		expect(shortAnswer('when does the pile-driving ban start', 'Pile-driving').phrase.text).toBe('April');
		expect(shortAnswer('when did the bridge close', 'bridge').phrase.text).toBe('May 2');
	});

	it('gives no "who" answer from the place a report was filed in', () => {
		const { shortAnswer } = floodReport(
			'OXFORDSHIRE, England, March 14 (Newswire) - A 13th-century manuscript was stolen from the Whitcombe University library overnight on Tuesday.',
		);
		const short = shortAnswer('who founded whitcombe university', 'manuscript');
		expect(short.phrase.text).not.toMatch(/^(?:OXFORDSHIRE|England|Newswire)$/);
		expect(short.fit).toBeLessThan(1);
	});
});
