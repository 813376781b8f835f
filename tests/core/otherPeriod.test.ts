import { describe, expect, it } from 'vitest';
import { otherPeriod } from '../../src/core/otherPeriod.ts';

describe('otherPeriod', () => {
	it('tells a figure of this period given for a question about the one before', () => {
		const glacier = 'The glacier lost 6.1 percent of its ice volume this summer, the largest loss on record.';
		expect(otherPeriod('how much ice did the glacier lose the year before', glacier)).toBe(true);
		expect(otherPeriod('how much was last year’s apple crop worth', 'This year’s crop fell by half.')).toBe(true);
		expect(otherPeriod('how much was last year’s crop worth', 'The crop this year is worth half of it.')).toBe(true);
	});

	it('reads no mismatch where the sentence gives both periods, or the question asks of this one', () => {
		const both = 'It lost 6.1 percent this summer, after 4.2 percent the year before.';
		expect(otherPeriod('how much ice did it lose the year before', both)).toBe(false);
		const cases = 'Clinics recorded 1,340 cases in the first nine months, against 720 in the same period last year.';
		expect(otherPeriod('how many snakebites have there been this year', cases)).toBe(false);
		expect(otherPeriod('how much ice did it lose', 'It lost 6.1 percent this summer.')).toBe(false);
	});
});
