import { describe, expect, it } from 'vitest';
import { earlierHarm } from '../../src/core/earlierHarm.ts';
import { newUserDesk } from './shippedModel.ts';

describe('earlierHarm', () => {
	it('reads harm told with a year or an earlier occasion as another event for "was anyone hurt"', () => {
		expect(
			earlierHarm('has anyone been killed', 'The volcano last erupted in 1987, when two people were killed.'),
		).toBe(true);
		expect(
			earlierHarm('was anyone injured', 'In January 2022, the Fern Hollow Bridge collapsed, injuring 10 people.'),
		).toBe(true);
		expect(earlierHarm('was anyone hurt', 'Her brother was hurt in the 2009 crash, she said.')).toBe(true);
	});

	it("keeps this event's harm, a question naming a time, and other questions", () => {
		expect(earlierHarm('was anyone hurt', 'Two people were hurt when the roof fell in on Tuesday.')).toBe(false);
		expect(earlierHarm('has anyone died', 'A 71-year-old man from Victoria died last Friday.')).toBe(false);
		expect(earlierHarm('was anyone killed in 1987', 'It last erupted in 1987, when two people were killed.')).toBe(
			false,
		);
		expect(earlierHarm('has anyone died before', 'It last erupted in 1987, when two people were killed.')).toBe(false);
		expect(earlierHarm('did the roof fall in', 'It last erupted in 1987, when two people were killed.')).toBe(false);
	});

	it('lets the engine say no one has died yet rather than quote an old eruption', () => {
		const answer = newUserDesk('nu11-').ask('has anyone been killed');
		expect(answer.sources[0]?.quote).toMatch(/^No deaths had been reported/);
	});
});
