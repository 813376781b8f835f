import { describe, expect, it } from 'vitest';
import { inScore } from '../../src/core/scoreFigure.ts';
import { countsOf } from './countsOf.ts';

describe('inScore', () => {
	const at = (sentence: string, figure: string, from = 0) => {
		const start = sentence.indexOf(figure, from);
		return inScore(sentence, start, start + figure.length);
	};

	it('reads both figures of a score as no count', () => {
		expect(at("Saturday's 3-0 home loss to Moldova", '3')).toBe(true);
		expect(at("Saturday's 3-0 home loss to Moldova", '0')).toBe(true);
		expect(at('They won 4–2 at home.', '2')).toBe(true);
	});

	it('leaves the figures of a range of things counted', () => {
		expect(at('Police said 10-15 people were hurt.', '15')).toBe(false);
		expect(at('Between 200-300 homes were flooded.', '300')).toBe(false);
		expect(at('Between 200-300 homes were flooded.', '200')).toBe(false);
	});
});

describe('extractCounts and scores', () => {
	it('counts no "home loss" in a score, and still counts a range', () => {
		expect(countsOf("Saturday's 3-0 home loss to Moldova was the sixth defeat in a row.")).toEqual([]);
		expect(countsOf('The 2-1 defeat ended a run of 14 unbeaten games.').map((f) => f.text)).toEqual([
			'14 unbeaten games',
		]);
		expect(countsOf('Police said 10-15 people were hurt.').map((f) => f.text)).toEqual(['15 people injured']);
	});
});
