import { describe, expect, it } from 'vitest';
import { createTypoCorrector, editDistance } from '../../src/core/correctTypos.ts';

const correct = createTypoCorrector(['drones', 'missiles', 'zelensky', 'kremlin', 'down', 'injured', 'infrastructure']);

describe('createTypoCorrector', () => {
	it.each([
		['dornes', 'drones'],
		['misiles', 'missiles'],
		['zelenksy', 'zelensky'],
		['kremln', 'kremlin'],
		['donw', 'down'],
		['injurd', 'injured'],
		['infrastrcture', 'infrastructure'],
	])('corrects "%s" to "%s"', (typo, word) => {
		expect(correct(typo)).toBe(word);
	});

	it.each(['tanks', 'dawn', 'children', 'abc', 'd0wn'])(
		'leaves "%s" alone: no word of the reports is that close',
		(word) => {
			expect(correct(word)).toBeUndefined();
		},
	);

	it('counts a swap of two letters as one edit', () => {
		expect(editDistance('dornes', 'drones')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});
