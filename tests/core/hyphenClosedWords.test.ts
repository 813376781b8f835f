import { describe, expect, it } from 'vitest';
import { hyphenClosedWords } from '../../src/core/hyphenClosedWords.ts';
import { stem } from '../../src/core/tokenize.ts';
import { shippedDesk } from './shippedModel.ts';

describe('hyphenClosedWords', () => {
	const known = new Set(['half-time', 'e-bike', 'score', 'time'].map(stem));

	it('writes a word the reports never use as they write it with a hyphen inside', () => {
		expect(hyphenClosedWords('What was the score at Halftime?', known)).toBe('What was the score at Half-time?');
		expect(hyphenClosedWords("how much was sanne's ebike worth", known)).toBe("how much was sanne's e-bike worth");
	});

	it('leaves known words, unknown words without such a compound, and hyphened words as they are', () => {
		expect(hyphenClosedWords('what time was the score', known)).toBe('what time was the score');
		expect(hyphenClosedWords('what was the runoff turnout', known)).toBe('what was the runoff turnout');
		expect(hyphenClosedWords('score at half-time', known)).toBe('score at half-time');
	});

	it('lets "halftime", an English word and so no typo, find the half-time score (learned model)', () => {
		const desk = shippedDesk(
			'derby',
			'Orvik beat Lerwick 58-57 in the final on Sunday.\n\nLerwick had led 31-27 at half-time before Orvik came back.',
		);
		expect(desk.ask('what was the score at halftime').answer).toBe('31-27');
	});
});
