import { describe, expect, it } from 'vitest';
import { otherWeekday } from '../../src/core/otherWeekday.ts';
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
