import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

function desk(paragraphs: string[], minConfidence?: number) {
	const parsed = parseReport('club', paragraphs.join('\n\n'));
	if (!parsed.ok) throw new Error(parsed.problem);
	return createFactdesk([parsed.report], { ...shippedModelTuning(), ...(minConfidence ? { minConfidence } : {}) });
}

describe('ageByDescription', () => {
	const club = desk([
		'Harwell Town part company with coach Ruud Verbeek',
		'HARWELL, May 4 (Wire) - Harwell Town parted company with head coach Ruud Verbeek on Sunday after a 3-1 defeat left the side bottom of the table.',
		'The 47-year-old Dutchman had won only four of his 21 league games since taking over in January.',
		'Club captain Lewis Obi said the players took responsibility for the results.',
		'Obi has played 212 games for the club. The 94-year-old stadium will be rebuilt next year.',
	]);

	it('answers "how old is X" from "The 47-year-old Dutchman…" right after the sentence that names X first', () => {
		for (const question of ['how old is Verbeek?', 'How old is Ruud Verbeek']) {
			const answer = club.ask(question);
			expect(answer.answer).toBe('47');
			expect(answer.confidence).toBe(0.8);
			expect(answer.sources.map((s) => s.quote.slice(0, 20))).toEqual(['The 47-year-old Dutc', 'HARWELL, May 4 (Wire']);
		}
	});

	it('reads an age told with where the person is from ("The 23-year-old from Lunde…") where the ranker declines', () => {
		// A floor above any ranked answer's confidence, so only the described age can answer.
		const race = desk(
			[
				'Skier takes first World Cup win',
				'ARVIK, Jan. 9 - Norwegian skier Mette Haugland won the downhill at Arvik on Saturday, her first World Cup victory, in front of about 9,000 fans.',
				'The 23-year-old from the village of Lunde started from bib 14 in light snow and crossed the line cleanly, drawing a roar from the stands.',
				"Austria's Lena Gruber, 31, was second, and Italy's Sara Conti was third with a time of 1:41.20.",
				'Haugland will start the final race in Oslo next weekend as the overall leader with 610 points.',
			],
			0.99,
		);
		expect(race.ask('how old is haugland').answer).toBe('23');
	});

	it('reads an age before an irregular past verb ("The 21-year-old took…", "The 24-year-old beat…")', () => {
		const swim = desk(
			[
				'Swimmer breaks world record',
				'FUKUOKA, July 27 (Newswire) - Australian swimmer Mia Torrance broke the 200-meter butterfly world record on Saturday.',
				'The 21-year-old took 0.31 seconds off the previous mark, which had stood for five years.',
				'Jamaican sprinter Shericka Lawson won the 200 meters on Sunday in Budapest.',
				'The 24-year-old beat the previous record by five hundredths of a second.',
			],
			0.99,
		);
		expect(swim.ask('how old is torrance').answer).toBe('21');
		expect(swim.ask('how old is shericka lawson').answer).toBe('24');
	});

	it('gives no person the age of a thing ("The 94-year-old stadium"), nor of one named after another', () => {
		expect(club.ask('how old is Obi').answered).toBe(false);
		const two = desk([
			'Rail strike called off',
			'Union leader Carla Moss met transport minister Ivo Reyes on Friday, and the strike was called off.',
			'The 58-year-old said the deal was fair.',
		]);
		expect(two.ask('how old is Reyes').answered).toBe(false);
	});
});
