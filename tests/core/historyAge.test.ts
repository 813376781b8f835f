import { describe, expect, it } from 'vitest';
import { shippedDesk } from './shippedModel.ts';

const ZOO = [
	'Pandas arrive at Carrow Zoo',
	'CARROW, May 2 — Two giant pandas arrived at Carrow Zoo on Tuesday after a 14-hour flight from Chengdu.',
	'"This is the proudest day in our 112-year history," said zoo director Catherine Holt, 58.',
	'The pandas will go on show to visitors from June 1, the zoo said.',
	"Attendance at the city's 190-year-old botanical garden fell by 4 percent last year.",
].join('\n\n');

describe('historyAge', () => {
	const desk = shippedDesk('zoo', ZOO);

	it('answers "how old is the zoo" by "in our 112-year history" in a sentence that names the zoo', () => {
		const answer = desk.ask('how old is the zoo');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('112 years');
		expect(answer.sources[0]?.quote).toMatch(/^"This is the proudest day/);
	});

	it('reads "the company\'s 22-year history" and "the 94-year history of the league"', () => {
		const club = shippedDesk(
			'club',
			[
				'Layoffs at Brightline',
				"Brightline will cut 400 jobs, the largest cuts in the company's 22-year history, it said on Monday.",
				'The Huskies became the first team to win four titles in a row in the 94-year history of the league.',
			].join('\n\n'),
		);
		expect(club.ask('how old is the company?').answer).toBe('22 years');
		expect(club.ask('how old is the league').answer).toBe('94 years');
	});

	it("gives no person a body's history, and no body a history the sentence does not tie to it", () => {
		expect(desk.ask('how old is the zoo director').answer).not.toBe('112 years');
		expect(desk.ask('how old is the airport').answered).toBe(false);
	});
});
