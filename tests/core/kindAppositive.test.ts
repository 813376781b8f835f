import { describe, expect, it } from 'vitest';
import { kindAppositive } from '../../src/core/kindAppositive.ts';
import { floodReport } from './floodReport.ts';

describe('kindAppositive', () => {
	const sentence = 'The crash happened near Bicske, a small town 35 km from Budapest, at 6:50 a.m.';

	it('gives the name a sentence sets before the kind asked, in apposition', () => {
		expect(kindAppositive('which town did the crash happen near', sentence)?.text).toBe('Bicske');
		expect(
			kindAppositive('what city is the wine named after', 'It is named after Shiraz, a city in Persia.')?.text,
		).toBe('Shiraz');
	});

	it('gives nothing for another kind, or a question that asks no kind', () => {
		expect(kindAppositive('which city did the crash happen near', sentence)).toBeUndefined();
		expect(kindAppositive('where did the crash happen', sentence)).toBeUndefined();
	});

	it('is the short answer of such a question', () => {
		const { shortAnswer } = floodReport('Syrah red wine is said to be named after Shiraz, a city in Persia.');
		expect(shortAnswer('what city is syrah red wine named after', 'Shiraz').phrase.text).toBe('Shiraz');
	});
});
