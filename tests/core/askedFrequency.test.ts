import { describe, expect, it } from 'vitest';
import { askedFrequency } from '../../src/core/askedFrequency.ts';
import { floodReport } from './floodReport.ts';

describe('askedFrequency', () => {
	it('answers "how often" with the frequency the sentence gives', () => {
		const trams = 'Trams will run every six minutes at peak times and every 12 minutes in the evening.';
		expect(askedFrequency('how often do trams come at rush hour', trams)?.text).toBe('every six minutes');
		expect(askedFrequency('How often does the council meet?', 'The council meets twice a year.')?.text).toBe(
			'twice a year',
		);
		expect(askedFrequency('how frequently is it cleaned', 'The tank is cleaned monthly.')?.text).toBe('monthly');
		expect(askedFrequency('How often did they meet?', 'They met only rarely after 1990.')?.text).toBe('rarely');
	});

	it("is null when the sentence says no frequency but the question's own words, undefined for other questions", () => {
		const quote = 'Nobody goes into politics wanting to collect bins less often.';
		expect(askedFrequency('how often will bins get collected now', quote)).toBeNull();
		expect(askedFrequency('When will bins be collected?', quote)).toBeUndefined();
	});

	it('gives a sentence without a frequency a low fit, and one with it the frequency as the short answer', () => {
		const { shortAnswer } = floodReport(
			'Nobody wants to collect bins less often, the leader said.\n\nRubbish will be collected every three weeks.',
		);
		expect(shortAnswer('how often will bins be collected', 'less often').fit).toBeLessThan(1);
		expect(shortAnswer('how often will rubbish be collected', 'every three weeks').phrase.text).toBe(
			'every three weeks',
		);
	});
});
