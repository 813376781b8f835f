import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('withWhatItCounts', () => {
	it('widens a bare figure to what it counts, its rate or its hyphened unit', () => {
		const { shortAnswer } = floodReport(
			'The fertility rate stood at 1.58 children per woman. The median age rose to 47.1 years. Judges issued a 212-page ruling.',
		);
		expect(shortAnswer('what is the fertility rate', 'fertility').phrase.text).toBe('1.58 children per woman');
		expect(shortAnswer('what is the median age', 'median').phrase.text).toBe('47.1 years');
		expect(shortAnswer('how long is the ruling', 'Judges').phrase.text).toBe('212-page');
	});
});
