import { describe, expect, it } from 'vitest';
import { moneyForStuff } from '../../src/core/moneyForStuff.ts';
import { newUserDesk } from './shippedModel.ts';

describe('moneyForStuff', () => {
	it('tells a sum given for an amount of a stuff', () => {
		expect(moneyForStuff('how much power is the plant making', '50,000 pounds')).toBe(true);
		expect(moneyForStuff('how much rain fell', '$2 million')).toBe(true);
		expect(moneyForStuff('how much rain fell', '52 millimetres')).toBe(false);
	});

	it('leaves a sum asked, a weight in pounds and other questions alone', () => {
		expect(moneyForStuff('how much did the land cost', '2 million pounds')).toBe(false);
		expect(moneyForStuff('how much is the oil worth', '$80 million')).toBe(false);
		expect(moneyForStuff('how much food was kept', 'three thousand pounds', ' of meat and fish')).toBe(false);
		expect(moneyForStuff('how much did they raise', '50,000 pounds')).toBe(false);
	});

	it('gives no sum of money for "how much power did they make"', () => {
		// The new-user report where "about 14.5 million pounds" was the answer, at 0.440.
		const answer = newUserDesk('nu114-').ask('how much power did they make');
		expect(answer.answered && /pounds/.test(answer.answer)).toBe(false);
	});
});
