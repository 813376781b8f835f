import { describe, expect, it } from 'vitest';
import { namedPeriod } from '../../src/core/namedPeriod.ts';

describe('namedPeriod', () => {
	it('gives a named period of history, without the words that open a phrase', () => {
		expect(namedPeriod('when was it built', 'In Jin dynasty the temple was built.', false)?.text).toBe('Jin dynasty');
		expect(namedPeriod('in what era was he active', 'He was a pianist of the Romantic era.', true)?.text).toBe(
			'Romantic era',
		);
	});

	it('gives none for a name that only holds such a word, a dated answer, or a time to come', () => {
		expect(namedPeriod('when did she speak', 'Its Chief Curator Era Smith spoke.', false)).toBeUndefined();
		expect(namedPeriod('when was he born', 'He was a pianist of the Romantic era.', true)).toBeUndefined();
		expect(namedPeriod('when will the hall open', 'The Bronze Age hall is shut.', false)).toBeUndefined();
	});
});
