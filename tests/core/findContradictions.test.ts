import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../src/core/findContradictions.ts';

describe('findContradictions', () => {
	it('flags an opposite the sentence says instead of the one asked about', () => {
		expect(findContradictions('When did the festival begin?', 'The festival ended in May.')).toEqual([]);
		expect(findContradictions('When was the bridge opened?', 'The old bridge was closed in 1998.')).toEqual([
			'opened/closed',
		]);
		expect(findContradictions('Which groups supported the plan?', 'Farmers opposed the plan.')).toEqual([
			'supported/opposed',
		]);
	});

	it('flags a number in words the sentence lacks when it gives another number, not when it gives none', () => {
		expect(findContradictions('Which mayor served three terms?', 'Mayor Ortiz served two terms.')).toEqual(['three']);
		expect(findContradictions('Which mayor served three terms?', 'Mayor Ortiz served 2 terms.')).toEqual(['three']);
		expect(findContradictions('Which mayor served three terms?', 'Mayor Ortiz served three terms.')).toEqual([]);
		expect(findContradictions('Which mayor served three terms?', 'Mayor Ortiz was popular.')).toEqual([]);
		expect(findContradictions('Which one is the oldest mill?', 'The oldest mill dates from 1820.')).toEqual([]);
	});
});
