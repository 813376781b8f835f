import { describe, expect, it } from 'vitest';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { parseReport } from '../../src/reports/parseReport.ts';
import { shippedModelTuning } from './shippedModel.ts';

function desk(paragraphs: string[]) {
	const parsed = parseReport('club', paragraphs.join('\n\n'));
	if (!parsed.ok) throw new Error(parsed.problem);
	return createFactdesk([parsed.report], shippedModelTuning());
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
