import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

describe('otherAnswer, a figure that changed', () => {
	const { shortAnswer } = floodReport(
		'Two council members argued that the city should have lowered the speed limit for rental scooters from 15 mph to 10 mph.',
	);

	it('answers with the level it changed to, unless an earlier time is asked', () => {
		expect(shortAnswer('what speed limit did the council members want', 'speed limit').phrase.text).toBe('10 mph');
		expect(shortAnswer('what was the speed limit before', 'speed limit').phrase.text).toBe('15 mph');
	});
});
