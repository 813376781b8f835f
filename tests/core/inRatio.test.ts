import { describe, expect, it } from 'vitest';
import { inRatio } from '../../src/core/inRatio.ts';
import { countsOf } from './countsOf.ts';

const figure = (sentence: string, text: string) => {
	const start = sentence.indexOf(text);
	return inRatio(sentence, start, start + text.length);
};

describe('inRatio', () => {
	it('tells the terms of a ratio, the first smaller than the second', () => {
		expect(figure('It is equivalent to about one in four people in Wales.', 'four people')).toBe(true);
		expect(figure('Nearly nine in 10 companies plan to keep it.', '10 companies')).toBe(true);
		expect(figure('Only 2 in every 100 applicants succeed.', '100 applicants')).toBe(true);
	});

	it('reads no ratio in a date before a count, a year, or a rating', () => {
		expect(figure('They left late May 12 in two military transport planes.', 'two military')).toBe(false);
		expect(figure('Police arrested 5 in 2019.', '5')).toBe(false);
		expect(figure('Kermode gave it four out of five stars.', 'four')).toBe(false);
		expect(figure('Protests were held on March 3 in 12 cities across the country.', '12 cities')).toBe(false);
		expect(figure('She scored two in 10 minutes.', 'two')).toBe(false);
		expect(figure('It is the third one in two years.', 'two years')).toBe(false);
	});

	it('reads millions and hyphens', () => {
		expect(figure('One in 1,000,000 people carry the gene.', '1,000,000 people')).toBe(true);
		expect(figure('About one-in-five workers are affected.', 'five workers')).toBe(true);
	});

	it('keeps a ratio out of the counts a sentence gives', () => {
		expect(countsOf('It is equivalent to about one in four people in Wales.')).toEqual([]);
		expect(countsOf('They left late May 12 in two military transport planes.').map((f) => f.value)).toEqual([2]);
	});
});
