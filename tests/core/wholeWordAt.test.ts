import { describe, expect, it } from 'vitest';
import { wholeWordAt } from '../../src/core/wholeWordAt.ts';

function byRegExp(text: string, word: string, flags: string): number[] {
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return [...text.matchAll(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, flags))].map((m) => m.index ?? -1);
}

describe('wholeWordAt', () => {
	it('finds a word where no letter stands right before or after it, case aside or not', () => {
		expect(wholeWordAt('Vauclair said vauclair, not Vauclairs.', 'vauclair', true)).toEqual([0, 14]);
		expect(wholeWordAt('Vauclair said vauclair.', 'Vauclair', false)).toEqual([0]);
		expect(wholeWordAt('Ørsted and ørsted', 'ørsted', true)).toEqual([0, 11]);
		expect(wholeWordAt('no word here', '', true)).toEqual([]);
	});

	it('gives the places the regular expression it stands for gives', () => {
		const texts = [
			"O'Neill met o'neill and O'Neill's aide in aaa aa a-aa.",
			'Zürich, zürichsee and ZÜRICH (Zürich) – zürich.',
			'İstanbul and istanbul',
		];
		for (const text of texts)
			for (const word of ["o'neill", 'aa', 'zürich', 'istanbul'])
				expect(wholeWordAt(text, word, true)).toEqual(byRegExp(text, word, 'giu'));
	});
});
