import { describe, expect, it } from 'vitest';
import { listedCasualties } from '../../src/core/listedCasualties.ts';
import { floodReport } from './floodReport.ts';
import { phraseAt } from './phraseAt.ts';

describe('listedCasualties', () => {
	it('puts the people a casualty deed lists before the counted group into the answer', () => {
		const sentence = 'The balloon hit a power line, killing the pilot and two passengers.';
		expect(listedCasualties(sentence, phraseAt(sentence, 'two passengers', 'two passengers killed')).text).toBe(
			'the pilot and two passengers killed',
		);
		const fire = 'The blast injured a firefighter, a nurse and three residents on Monday.';
		expect(listedCasualties(fire, phraseAt(fire, 'three residents')).text).toBe(
			'a firefighter, a nurse and three residents',
		);
	});

	it('leaves a count alone with no such list before it', () => {
		const sentence = 'The crash killed two passengers and injured seven others.';
		const phrase = phraseAt(sentence, 'two passengers');
		expect(listedCasualties(sentence, phrase)).toBe(phrase);
		const trip = 'The company sent the pilot and two passengers home.';
		expect(listedCasualties(trip, phraseAt(trip, 'two passengers')).text).toBe('two passengers');
	});

	it('gives "how many died" the whole toll of the lede', () => {
		const { shortAnswer } = floodReport(
			'Balloon Crash\n\nALDERCOMBE, Aug. 9 — A hot-air balloon struck a power line and crashed on Saturday, killing the pilot and two passengers and injuring seven others, authorities said.',
		);
		expect(shortAnswer('how many died in the balloon crash', 'killing the pilot').phrase.text).toBe(
			'the pilot and two passengers killed',
		);
	});
});
