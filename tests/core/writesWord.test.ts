import { describe, expect, it } from 'vitest';
import { escapeRegExp, writesWordStarting } from '../../src/core/writesWord.ts';

describe('writesWordStarting', () => {
	it('finds a word by its first letters, at the start of a word only, case aside', () => {
		expect(writesWordStarting('Ukrainian President Zelensky spoke.', 'ukraine', 5)).toBe(true);
		expect(writesWordStarting('The volcano erupted.', 'eruption', 5)).toBe(true);
		expect(writesWordStarting('Canada and Mexico', 'greece', 5)).toBe(false);
		expect(writesWordStarting('a subcoup of sorts', 'coup', 5)).toBe(false);
	});

	it('reads the word as text, not as a pattern', () => {
		expect(escapeRegExp('a.b(c)')).toBe('a\\.b\\(c\\)');
		expect(writesWordStarting('C$212,000', 'c$212', 5)).toBe(true);
	});
});
