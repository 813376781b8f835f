import { describe, expect, it } from 'vitest';
import { measureMatched } from '../../src/core/measureMatched.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';
import { shippedDesk } from './shippedModel.ts';

const { ask } = floodReport();

function matched(question: string, sentence: string, figure: string): boolean {
	const start = sentence.indexOf(figure);
	return measureMatched(ask(question), tokenize(sentence), sentence, { start, end: start + figure.length });
}

describe('measureMatched', () => {
	it('takes a figure in the measure asked, of a sentence writing the words asked, for the very fact asked', () => {
		const fridge = 'A nurse found the display on the vaccine fridge reading 19 degrees Celsius.';
		expect(matched('how warm had the fridge got', fridge, '19 degrees Celsius')).toBe(true);
		expect(
			matched('how cold was the water in the school basement', 'The water was 4 degrees Celsius.', '4 degrees Celsius'),
		).toBe(false);
		expect(
			matched('how deep is the river', 'The river runs 310 kilometres north of the capital.', '310 kilometres'),
		).toBe(false);
		expect(matched('how deep is the lake', 'The lake is now 7.4 kilometres long.', '7.4 kilometres')).toBe(false);
		expect(matched('what was the fridge reading', fridge, '19 degrees Celsius')).toBe(false);
		expect(matched('how far did Lawson run', 'Lawson ran in the 200 metres.', '200 metres')).toBe(false);
		expect(matched('how far did Lawson run', 'Lawson ran 200 metres.', '200 metres')).toBe(true);
	});

	it('answers how warm a fridge got from the sentence giving its reading', () => {
		const desk = shippedDesk(
			'clinic-fridge',
			[
				'Clinic throws away 900 flu vaccines after fridge fault',
				'A village clinic in Arnsby has thrown away about 900 doses of flu vaccine after a fault in a storage unit over the weekend.',
				'The fault was found at 8:10 a.m. on Monday, when a pharmacist arriving at the clinic on Mill Street found the display on the main vaccine fridge reading 17 degrees Celsius.',
				'Vaccines must be stored between 2 and 8 degrees Celsius, and the clinic said it had no choice but to destroy the doses.',
				'Patients booked this week will be offered new appointments, practice manager Hilary Dunn said.',
			].join('\n\n'),
		);
		const answer = desk.ask('how warm had the fridge got');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('17 degrees Celsius');
	});

	it('answers how often a thing happens from the sentence giving its frequency', () => {
		const desk = shippedDesk(
			'island-ferry',
			[
				'Island ferry timetable cut for winter',
				'The ferry between Orsay and the mainland will be cut back from next month, the operator Westwater Lines said on Tuesday.',
				'Islanders said the cut would leave them without a way to reach hospital appointments, and councillor Ruth Garve called it a disgrace.',
				'From November the boat will run only three times a week, on Monday, Wednesday and Friday.',
				'The operator blamed rising fuel costs and a shortage of crew.',
			].join('\n\n'),
		);
		const answer = desk.ask('how often can islanders get the boat');
		expect(answer.answered).toBe(true);
		expect(answer.answer).toBe('three times a week');
	});
});
