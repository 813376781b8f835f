import { describe, expect, it } from 'vitest';
import { comparedDate } from '../../src/core/comparedDate.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { shippedModelTuning } from './shippedModel.ts';

function phrase(sentence: string, text: string) {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
}

describe('comparedDate', () => {
	it('tells the benchmark of a comparison from the time of the event', () => {
		const largest = 'It was the largest bank robbery in France since 2019.';
		expect(comparedDate('When did the robbery happen?', largest, phrase(largest, '2019'))).toBe(true);
		const worst = 'The floods were the worst to hit the region since March 1998, officials said.';
		expect(comparedDate('when did the floods hit', worst, phrase(worst, 'March 1998'))).toBe(true);
		const strike = 'Workers have been on strike since March 3.';
		expect(comparedDate('When did the strike begin?', strike, phrase(strike, 'March 3'))).toBe(false);
	});

	it('keeps the benchmark when the question asks for it', () => {
		const first = 'It was their first title since 1998.';
		expect(comparedDate('When did they last win the title?', first, phrase(first, '1998'))).toBe(false);
	});

	it('makes "When did the robbery happen?" of a report decline rather than answer "2019"', () => {
		const robbery = loadReports('tests/fixtures/news-reports').reports.filter((r) => r.id === 'robbery');
		const answer = createFactdesk(robbery, shippedModelTuning()).ask('When did the robbery happen?');
		expect(answer.answer).not.toBe('2019');
	});
});
