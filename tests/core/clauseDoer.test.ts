import { describe, expect, it } from 'vitest';
import { floodReport } from './floodReport.ts';

const PODIUM =
	'Kenyan runner Mara Otieno won in 14:02, well clear of Swedish runner Elsa Lindgren, who took silver in 14:09, while Dutch runner Femke de Wit won bronze in 14:11.';

describe('clauseDoer', () => {
	it('gives the person whose clause tells the object asked, a relative clause counted as its name’s', () => {
		const { shortAnswer } = floodReport(PODIUM);
		expect(shortAnswer('who won silver', 'Mara Otieno').phrase.text).toMatch(/Elsa Lindgren$/);
		expect(shortAnswer('who took bronze', 'Mara Otieno').phrase.text).toMatch(/Femke de Wit$/);
	});

	it('leaves the person asked about, and a clause that tells the object of nobody, alone', () => {
		const { shortAnswer } = floodReport(PODIUM);
		expect(shortAnswer('who beat elsa lindgren', 'Mara Otieno').phrase.text).not.toMatch(/Lindgren/);
		const race = floodReport(
			"In the women's race, Norway's Ingrid Dahl won a sprint finish ahead of Italy's Sara Conti, with both women given the same time.",
		);
		expect(race.shortAnswer("who won the women's race", 'Ingrid Dahl').phrase.text).toMatch(/Ingrid Dahl$/);
	});
});
