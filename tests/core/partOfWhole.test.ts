import { describe, expect, it } from 'vitest';
import { partOfWhole } from '../../src/core/partOfWhole.ts';
import { floodReport } from './floodReport.ts';

const part = (question: string, sentence: string, whole: string) => {
	const start = sentence.indexOf(whole);
	const found = partOfWhole(question, sentence, start, start + whole.length);
	if (found) expect(sentence.slice(found.start, found.end)).toBe(found.text);
	return found?.text;
};

describe('partOfWhole', () => {
	const walkout = "About 2,900 of DMT's 3,400 drivers joined the walkout, according to the union.";
	const deaths = 'Of the 14 deaths, nine were in Cagayan and five in neighbouring Isabela province.';

	it('gives the part that did the deed asked, not its whole', () => {
		expect(part('how many drivers joined the strike', walkout, '3,400 drivers')).toBe('About 2,900');
		expect(part('how many deaths were in isabela', deaths, '14 deaths')).toBe('five');
		expect(part('how many deaths were in cagayan', deaths, '14 deaths')).toBe('nine');
	});

	it('keeps the whole when the question asks it, or its own words', () => {
		expect(part('how many drivers does dmt have', walkout, '3,400 drivers')).toBeUndefined();
		expect(part('how many deaths were there in total', deaths, '14 deaths')).toBeUndefined();
		expect(part('how many people were on board', 'Three of the 20 people on board died.', '20 people')).toBeUndefined();
		expect(part('how many drivers joined', 'The 3,400 drivers joined the walkout.', '3,400 drivers')).toBeUndefined();
	});

	it('answers "how many drivers joined the strike" with the part', () => {
		const { shortAnswer } = floodReport(`Orvik's buses stopped on Monday. ${walkout}`);
		expect(shortAnswer('how many drivers joined the strike', 'walkout').phrase.text).toBe('About 2,900');
	});

	it('gives the part even where no count fits the noun asked ("job cuts" of "positions")', () => {
		const { shortAnswer } = floodReport(
			'Quillon will cut 4,200 jobs worldwide. About 1,300 of the 4,200 positions are in South Korea.',
		);
		expect(shortAnswer('how many of the job cuts are in south korea', 'About 1,300').phrase.text).toBe('About 1,300');
	});

	it('gives a later figure that did the deed asked ("found that 17 had disappeared"), and the whole when asked', () => {
		const survey = floodReport('A 2019 survey of 112 glaciers in the range found that 17 had disappeared since 1950.');
		expect(survey.shortAnswer('how many glaciers disappeared', '112 glaciers').phrase.text).toBe('17');
		expect(survey.shortAnswer('how many glaciers were surveyed', '112 glaciers').phrase.text).toBe('112 glaciers');
		const homes = floodReport("Of the village's 131 homes, 97 had signed up by the weekend, the council said.");
		expect(homes.shortAnswer('how many homes have signed up', '131 homes').phrase.text).toBe('97');
		expect(homes.shortAnswer('how many homes are in the village', '131 homes').phrase.text).toBe('131 homes');
	});
});
