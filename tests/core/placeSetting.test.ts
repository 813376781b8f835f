import { describe, expect, it } from 'vitest';
import { placeSetting } from '../../src/core/placeSetting.ts';
import { floodReport } from './floodReport.ts';

const at = (sentence: string, place: string) => {
	const start = sentence.indexOf(place);
	return { text: place, start, end: start + place.length, typed: true };
};

describe('placeSetting', () => {
	it('gives a place with the thing it is the setting of, after a preposition of place', () => {
		const bog = 'The bacteria were found in a peat bog on the Isle of Lewis.';
		expect(placeSetting('where was it found', bog, at(bog, 'Isle of Lewis')).text).toBe(
			'a peat bog on the Isle of Lewis',
		);
		const mafa = 'They were heading to the village of Mafa when they were ambushed.';
		expect(placeSetting('where were they heading', mafa, at(mafa, 'Mafa')).text).toBe('the village of Mafa');
	});

	it('keeps the place alone after a setting that is no place, "the <abstract> of", or the question\'s own words', () => {
		const said = 'The minister spoke at a news conference in Kyiv on Monday.';
		expect(placeSetting('where did she speak', said, at(said, 'Kyiv')).text).toBe('Kyiv');
		const weekend = 'Hundreds queued over the weekend in Cornwall, and an article in The Lancet said so.';
		expect(placeSetting('where did they queue', weekend, at(weekend, 'Cornwall')).text).toBe('Cornwall');
		expect(placeSetting('where was it said', weekend, at(weekend, 'The Lancet')).text).toBe('The Lancet');
		const war = 'It was hidden in the aftermath of World War II.';
		expect(placeSetting('where was it hidden', war, at(war, 'World War II')).text).toBe('World War II');
		const knee = 'The river turns at the so-called Rhine knee at Basel.';
		expect(placeSetting('where is the so-called Rhine knee', knee, at(knee, 'Basel')).text).toBe('Basel');
	});

	it('answers "where" on a report with the place and its setting', () => {
		const { shortAnswer } = floodReport(
			'The health minister launched the campaign at a clinic in Lerwick on Sunday, fire chief Ola Berg said.',
		);
		expect(shortAnswer('Where did the health minister launch the campaign?', 'clinic').phrase.text).toBe(
			'a clinic in Lerwick',
		);
	});
});
