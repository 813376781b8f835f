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

	it('takes what a sum is paid for ("for Elbus") for no other side', () => {
		const deal = 'Nordvik paid 4.8 billion crowns for Elbus, which makes battery buses.';
		expect(sumOfOther('how much did they pay for elbus', deal, deal.indexOf('4.8'), findMentions(deal))).toBe(false);
		const rome = 'Sardinia would spend 4.5 million euros and asked the government in Rome to help.';
		expect(sumOfOther('how much would rome give', rome, rome.indexOf('4.5'), findMentions(rome))).toBe(true);
	});

	it('tells a common noun\'s sum from the side asked by another ("the council had offered …, the rest from the county")', () => {
		const offer = 'She said the council had offered 3 million pounds, with the rest to come from the county.';
		const at = offer.indexOf('3 million');
		expect(sumOfOther('how much did the county offer', offer, at, findMentions(offer))).toBe(true);
		expect(sumOfOther('how much did the council offer', offer, at, findMentions(offer))).toBe(false);
		expect(sumOfOther('how much did the new pool cost', offer, at, findMentions(offer))).toBe(false);
	});

	it('reads the side asked by any of its words, and says nothing of a sentence naming no side asked', () => {
		expect(
			sumOfOther('how much is aurion investing in penang', plant, plant.indexOf('$7.5'), findMentions(plant)),
		).toBe(false);
		expect(sumOfOther('how much aid was pledged', aid, aid.indexOf('A$5'), findMentions(aid))).toBe(false);
	});
});
