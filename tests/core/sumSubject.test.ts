import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { sumOfOther } from '../../src/core/sumSubject.ts';

const aid = 'Australia pledged A$5 million in immediate aid, and New Zealand said it would send a transport plane.';
const plant = 'U.S. chipmaker Aurion Micro Devices will invest $7.5 billion in a plant in Penang, officials said.';

describe('sumOfOther', () => {
	it('tells a sum another side gives than the one the question names', () => {
		expect(sumOfOther('how much aid has new zealand pledged', aid, aid.indexOf('A$5'), findMentions(aid))).toBe(true);
		expect(sumOfOther('how much aid has Australia pledged', aid, aid.indexOf('A$5'), findMentions(aid))).toBe(false);
	});

	it('reads the side asked by any of its words, and says nothing of a sentence naming no side asked', () => {
		expect(
			sumOfOther('how much is aurion investing in penang', plant, plant.indexOf('$7.5'), findMentions(plant)),
		).toBe(false);
		expect(sumOfOther('how much aid was pledged', aid, aid.indexOf('A$5'), findMentions(aid))).toBe(false);
	});
});
