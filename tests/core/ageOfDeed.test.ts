import { describe, expect, it } from 'vitest';
import { ageOfDeed, whenUnsaid } from '../../src/core/ageOfDeed.ts';
import { askedAge } from '../../src/core/askedAge.ts';

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

describe('whenUnsaid', () => {
	const retiring =
		'Ashcombe Counter Ltd paid the retiring postmaster, Dennis Arkwright, 71, who has run it since 1991.';
	it('finds an age of another time than the "when" clause asks, a word of it only in another name', () => {
		expect(whenUnsaid('how old was arkwright when he started at the counter', retiring)).toBe(true);
		expect(
			whenUnsaid('how old was arkwright when he started at the counter', 'I was 37 when I stood at that counter.'),
		).toBe(false);
		expect(whenUnsaid('how old is arkwright', retiring)).toBe(false);
		expect(askedAge('how old was arkwright when he started at the counter', retiring)).toBeNull();
		expect(askedAge('how old was sorvik when she died', 'She was 84.')?.text).toBe('84');
	});
	it('reads a death however it is written, and a name the clause writes', () => {
		expect(whenUnsaid('how old was lady kincaid when she passed', 'She died at the age of 94.')).toBe(false);
		const chopin = 'He composed his early works in Warsaw before leaving Poland at the age of 20.';
		expect(whenUnsaid('How old was Chopin when he left Poland?', chopin)).toBe(false);
	});
});
