import { describe, expect, it } from 'vitest';
import { ratingGiven } from '../../src/core/ratingGiven.ts';
import { floodReport } from './floodReport.ts';

describe('ratingGiven', () => {
	it('gives the rating quoted after its verb, not a figure beside it', () => {
		const trust = 'They rated the trust "requires improvement," the second-lowest of four possible grades.';
		const rating = ratingGiven('what rating did the trust get', trust);
		expect(rating?.text).toBe('requires improvement');
		expect(trust.slice(rating?.start, rating?.end)).toBe('requires improvement');
		expect(ratingGiven('how was the school rated', "Inspectors graded the school as 'inadequate'.")?.text).toBe(
			'inadequate',
		);
	});

	it('gives nothing for another question, or a sentence that quotes no rating', () => {
		expect(ratingGiven('what did the inspectors find', 'They rated the trust "good".')).toBeUndefined();
		expect(ratingGiven('what rating did the trust get', 'They rated the trust poorly.')).toBeUndefined();
	});

	it('answers "what rating did the trust get" on a report', () => {
		const { shortAnswer } = floodReport(
			'Inspection\n\nThey rated the trust "requires improvement," the second-lowest of four possible grades.',
		);
		expect(shortAnswer('what rating did the trust get', 'rated').phrase.text).toBe('requires improvement');
	});
});
