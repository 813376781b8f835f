import { describe, expect, it } from 'vitest';
import { prizeRecipient } from '../../src/core/prizeRecipient.ts';

describe('prizeRecipient', () => {
	const awards =
		'Best actress was awarded to Dalia Moreau, 67, for "The Quiet Verdict", while Samir Haddou won best actor.';

	it('takes the name the prize asked is given to, not the winner of another prize in the sentence', () => {
		expect(prizeRecipient('who won best actress?', awards)?.text).toBe('Dalia Moreau');
		expect(prizeRecipient('who got best director', 'The prize for best director went to Pell Aranda.')?.text).toBe(
			'Pell Aranda',
		);
		expect(
			prizeRecipient('who won the sankofa prize', 'The Sankofa Prize went to Nigerian novelist Chinedu Okafor, 36.')
				?.text,
		).toBe('Chinedu Okafor');
	});

	it('gives nothing where the sentence gives the prize asked to nobody, or the question asks no prize', () => {
		expect(prizeRecipient('who won best actor', awards)).toBeUndefined();
		expect(prizeRecipient('who runs the festival', awards)).toBeUndefined();
	});
});
