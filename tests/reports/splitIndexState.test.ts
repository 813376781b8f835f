import { describe, expect, test } from 'vitest';
import { indexReports } from '../../src/core/indexReports.ts';
import { serialiseIndex } from '../../src/core/serialiseIndex.ts';
import { appendIndexState, emptyIndexState, splitIndexState } from '../../src/reports/splitIndexState.ts';
import { loadFixtureReports } from '../core/loadFixtureReports.ts';

describe('splitIndexState', () => {
	const state = serialiseIndex(indexReports(loadFixtureReports()));

	test.each([1, 3, 7, 10_000])('cut into %i parts and appended in order, gives the state back', (parts) => {
		const split = splitIndexState({ ...state, quotes: { 3: 'a quote' } }, parts);
		expect(split).toHaveLength(parts);
		const whole = emptyIndexState();
		for (const part of structuredClone(split)) appendIndexState(whole, part);
		expect(whole).toEqual({ ...state, quotes: { 3: 'a quote' } });
	});

	test('every part holds a slice of the sentences and facts, none of them all', () => {
		const split = splitIndexState(state, 4);
		for (const part of split) {
			expect(part.sentences.length).toBeLessThan(state.sentences.length);
			expect(part.facts.length).toBeLessThan(state.facts.length);
		}
		expect(split.reduce((sum, part) => sum + part.mentions.length, 0)).toBe(state.mentions.length);
	});
});
