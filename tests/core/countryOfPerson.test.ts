import { describe, expect, it } from 'vitest';
import { countryOfPerson } from '../../src/core/countryOfPerson.ts';
import { floodReport } from './floodReport.ts';

describe('countryOfPerson', () => {
	const race = "She beat Norway's Ida Lunde, while American Sara Dunn won bronze and Ana Ruiz was fourth.";

	it("gives the people's word or the country written before the person asked", () => {
		expect(countryOfPerson('what country is dunn from', race)?.text).toBe('American');
		expect(countryOfPerson('where is Lunde from?', race)?.text).toBe('Norway');
		expect(countryOfPerson('which country does lunde represent', race)?.text).toBe('Norway');
	});

	it('gives nothing where no country stands before the name, or for another question', () => {
		expect(countryOfPerson('what country is ruiz from', race)).toBeUndefined();
		expect(countryOfPerson('who won bronze', race)).toBeUndefined();
		expect(countryOfPerson('what country is dunn from', 'Dunn won bronze.')).toBeNull();
	});

	it('answers "what country is X from" with it', () => {
		const { shortAnswer } = floodReport(race);
		expect(shortAnswer('what country is dunn from', 'bronze').phrase.text).toBe('American');
	});
});

describe('countryOfPerson of a sentence that gives no country', () => {
	it('reads none (null) where the person is named with no country or origin, undefined where one is given', () => {
		const crew = 'Brandt is joined by flight engineers Yuki Morimoto and Daniel Osei.';
		expect(countryOfPerson('what country is daniel osei from', crew)).toBeNull();
		expect(countryOfPerson('what country is osei from', 'Daniel Osei, from Ghana, joined the crew.')).toBeUndefined();
		expect(countryOfPerson('what country is osei from', 'Daniel Osei, a Ghanaian engineer, joined.')).toBeUndefined();
		expect(
			countryOfPerson('where is veltrax from', 'It went to Veltrax Systems, a firm based in Lyon.'),
		).toBeUndefined();
	});

	it("reads none where the origin or the people's word is another's, away from the name asked", () => {
		const reserve =
			"Helen Marchbanks, director of the UK Gymnastics Union, said 17-year-old Chloe Ransome would take Brennock's place.";
		expect(countryOfPerson('where is chloe ransome from', reserve)).toBeNull();
		expect(countryOfPerson('where is chloe ransome from', 'Chloe Ransome, from Harwick, was picked.')).toBeUndefined();
		expect(countryOfPerson('where is ransome from', "Britain's Chloe Ransome was picked.")?.text).toBe('Britain');
	});

	it('reads the country one word after the name and "of" ("Istvan Varga of Hungary"), not a body\'s name', () => {
		const chess = 'Okonkwo won, beating defending champion Istvan Varga of Hungary in a rapid tiebreak.';
		expect(countryOfPerson('What country is Varga from?', chess)?.text).toBe('Hungary');
		const bank = 'Economist Omar Haddad of Northfield Bank said so.';
		expect(countryOfPerson('what country is haddad from', bank)).toBeUndefined();
	});

	it('leaves "what country is X from" to another sentence, with a low fit', () => {
		const { shortAnswer, context } = floodReport('Brandt is joined by flight engineers Yuki Morimoto and Daniel Osei.');
		expect(shortAnswer('what country is daniel osei from', 'Osei').fit).toBe(context.options.missingFigureFit);
	});
});
