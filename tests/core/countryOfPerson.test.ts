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
		expect(countryOfPerson('what country is dunn from', 'Dunn won bronze.')).toBeUndefined();
	});

	it('answers "what country is X from" with it', () => {
		const { shortAnswer } = floodReport(race);
		expect(shortAnswer('what country is dunn from', 'bronze').phrase.text).toBe('American');
	});
});
