import { describe, expect, it } from 'vitest';
import { ageOfDeed } from '../../src/core/ageOfDeed.ts';

describe('ageOfDeed', () => {
	const sentence = 'Marsh left Leeds for Oslo at the age of 9 and won her first national title at 15 in Bergen.';
	it('answers "at what age did X <deed>" with the age written after the deed', () => {
		expect(ageOfDeed('At what age did Marsh win her first national title?', sentence)?.text).toBe('15');
		expect(ageOfDeed('at what age did marsh win a title', `${sentence.slice(0, -11)}.`)?.text).toBe('15');
	});
	it('gives nothing for another deed, a time or a share', () => {
		expect(ageOfDeed('At what age did Marsh leave Leeds?', sentence)).toBeUndefined();
		expect(ageOfDeed('At what age did the title race start?', 'The title race started at 9:40 a.m.')).toBeUndefined();
		expect(ageOfDeed('At what age did rates peak?', 'Rates peaked at 15 percent.')).toBeUndefined();
		expect(ageOfDeed('How old is Marsh?', sentence)).toBeUndefined();
	});
});
