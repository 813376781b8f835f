import { describe, expect, it } from 'vitest';
import { askedUnit } from '../../src/core/askedUnit.ts';
import { findMentions } from '../../src/core/findMentions.ts';
import { floodReport } from './floodReport.ts';
import { phraseAt } from './phraseAt.ts';

const race = 'He won on Saturday, finishing the 162-kilometre course in 6 hours, 48 minutes and 11 seconds.';

describe('askedUnit', () => {
	it('takes the figure written in the unit a question names at its end, where the one found is in another', () => {
		const mentions = findMentions(race);
		expect(askedUnit('how long is the course in km', race, phraseAt(race, '6 hours'), mentions)?.text).toBe(
			'162-kilometre',
		);
		const prize = 'The prize was $5,000, or about 4,600 euros.';
		expect(
			askedUnit('how much was the prize in euros', prize, phraseAt(prize, '$5,000'), findMentions(prize))?.text,
		).toBe('about 4,600 euros');
	});

	it('leaves a figure already in the unit, a unit the sentence never writes, and a question naming none', () => {
		const mentions = findMentions(race);
		expect(askedUnit('how long is the course in km', race, phraseAt(race, '162-kilometre'), mentions)).toBeUndefined();
		expect(askedUnit('how long is the course in miles', race, phraseAt(race, '6 hours'), mentions)).toBeUndefined();
		expect(askedUnit('how long is the course', race, phraseAt(race, '6 hours'), mentions)).toBeUndefined();
	});

	it('gives "how long is the course in km" the distance as its short answer, not the time', () => {
		const { shortAnswer } = floodReport(`Bike Race\n\nKESSRIDGE, Aug. 21 — A student won the race. ${race}`);
		expect(shortAnswer('how long is the course in km', '162-kilometre').phrase.text).toBe('162 kilometres');
	});
});
