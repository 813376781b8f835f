import { describe, expect, it } from 'vitest';
import { perItemUnsaid } from '../../src/core/perItem.ts';
import { newUserDesk } from './shippedModel.ts';

describe('perItemUnsaid', () => {
	it("reads a total as no answer to one thing's figure", () => {
		expect(
			perItemUnsaid(
				'how much does one patient meal cost',
				'Unserved meals cost the trust about 400,000 pounds a year.',
			),
		).toBe(true);
		expect(
			perItemUnsaid('how much did the forger get per painting', 'He earned more than $9 million from the scheme.'),
		).toBe(true);
		expect(perItemUnsaid('how much does each drone cost', 'The order is worth about 1.1 million pounds.')).toBe(true);
	});

	it('keeps a figure given one at a time, people, times, and other questions', () => {
		expect(perItemUnsaid('how much does one launch cost', 'A Tsubame-1 launch costs about 1.5 billion yen.')).toBe(
			false,
		);
		expect(perItemUnsaid('how much did they charge per test', 'They charged up to 1,800 pounds a time.')).toBe(false);
		expect(perItemUnsaid('how much is one vial', 'Each vial sells for $108.')).toBe(false);
		expect(perItemUnsaid('how much will it save each year', 'It will save 40 million pounds.')).toBe(false);
		expect(perItemUnsaid('how much does each passenger get', 'Airlines will pay 4.5 million euros.')).toBe(false);
		expect(perItemUnsaid('how many potholes were fixed', 'The council fixed 41,000 potholes.')).toBe(false);
	});

	it('lets the engine decline rather than give a year of pothole claims as the cost of one repair', () => {
		const answer = newUserDesk('nu107-').ask('how much does it cost the council to fix one pothole');
		expect(answer.answer).not.toMatch(/1\.3 million/);
		expect(answer.answered).toBe(false);
	});
});
