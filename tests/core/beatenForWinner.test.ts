import { describe, expect, it } from 'vitest';
import { beatenForWinner } from '../../src/core/beatenForWinner.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { phraseAt } from './phraseAt.ts';

describe('beatenForWinner', () => {
	it('gives "who won" the name before a deed of beating, where the one picked was beaten', () => {
		const sentence = 'In the final, Mateo Quiroga beat defending champion Henrik Aas 6-4 to win the title.';
		const mentions = findMentions(sentence);
		expect(beatenForWinner('who won the final', sentence, mentions, phraseAt(sentence, 'Henrik Aas'))?.text).toBe(
			'Mateo Quiroga',
		);
		const upset = 'In the final, the crowd saw the teenager upset Lena Ward in straight sets.';
		expect(beatenForWinner('who won', upset, findMentions(upset), phraseAt(upset, 'Lena Ward'))).toBeNull();
	});

	it('leaves a winner picked, a passive "defeated by", and other questions alone', () => {
		const sentence = 'Henrik Aas was defeated by Mateo Quiroga in the final.';
		const mentions = findMentions(sentence);
		expect(
			beatenForWinner('who won the final', sentence, mentions, phraseAt(sentence, 'Mateo Quiroga')),
		).toBeUndefined();
		const active = 'Mateo Quiroga beat Henrik Aas in the final.';
		expect(
			beatenForWinner('who lost the final', active, findMentions(active), phraseAt(active, 'Henrik Aas')),
		).toBeUndefined();
		expect(
			beatenForWinner('who won the final', active, findMentions(active), phraseAt(active, 'Mateo Quiroga')),
		).toBeUndefined();
	});
});
