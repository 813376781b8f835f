import { describe, expect, it } from 'vitest';
import { askedPosition } from '../../src/core/askedPosition.ts';
import { floodReport } from './floodReport.ts';

describe('askedPosition', () => {
	const borders =
		'Veldra is bordered by Ostmark to the north, the Free State of Lunn to the east and Kessby to the west.';

	it('answers "where does X rank" with the rank and its measure', () => {
		expect(
			askedPosition('Where does Veldra rank in population?', 'Veldra is the 3rd least populous province.')?.text,
		).toBe('3rd least populous');
		expect(
			askedPosition('In 2020, where was the port ranked?', 'It was listed as the fourth-largest port.')?.text,
		).toBe('fourth-largest');
		expect(askedPosition('Where does Veldra rank?', 'Veldra has no rank.')).toBeUndefined();
	});

	it('answers "which country borders X in the west" with the neighbour on that side', () => {
		expect(askedPosition('What country borders Veldra in the West?', borders)?.text).toBe('Kessby');
		expect(askedPosition('Which state borders it to the east?', borders)?.text).toBe('the Free State of Lunn');
		expect(askedPosition('What country borders Veldra in the south?', borders)).toBeUndefined();
		expect(askedPosition('Where is Veldra in the west?', borders)).toBeUndefined();
	});

	it('is the short answer of such a question', () => {
		const { shortAnswer } = floodReport(borders);
		expect(shortAnswer('What country borders Veldra in the West?', 'bordered').phrase.text).toBe('Kessby');
	});

	it('reads no side from a place\'s name, no rank from "top-ranked", and prefers a rank with its measure', () => {
		expect(askedPosition('What country borders South Sudan?', 'Kenya lies to the south.')).toBeUndefined();
		expect(askedPosition('Where is the top-ranked team based?', 'It won its first title in Oslo.')).toBeUndefined();
		expect(
			askedPosition(
				'Where does Alaska rank in population?',
				'Alaska, the first state to vote, is the 3rd least populous.',
			)?.text,
		).toBe('3rd least populous');
	});

	it('answers "where did X close/finish" with the level or the place in an order, not a place', () => {
		expect(
			askedPosition('where did linkway shares close', "Linkway's shares closed 2.3 per cent higher at RM3.12.")?.text,
		).toBe('RM3.12');
		const premium = "A premium of 31 percent to the stock's closing price of $32.44 on Friday.";
		expect(askedPosition('where did the stock close on friday', premium)?.text).toBe('$32.44');
		const high = 'The index rose 1.9% to 42,318.55, surpassing its previous closing high of 42,224.02.';
		expect(askedPosition('where did the index close', high)?.text).toBe('42,318.55');
		expect(askedPosition('where did rovers finish', 'Rovers finished only seventh.')?.text).toBe('seventh');
	});
});

describe('askedPosition, a rank that changed', () => {
	const sentence = 'The victory lifted Park from 58th to 21st in the world rankings.';

	it('gives the rank reached, unless an earlier one is asked', () => {
		expect(askedPosition('where is park ranked now', sentence)?.text).toBe('21st');
		expect(askedPosition('where was park ranked before', sentence)?.text).toBe('58th');
	});
});

describe('askedPosition of a rank that describes a noun', () => {
	it('reads no place reached in "their first tour" or "last season", and the place in "finished second"', () => {
		expect(
			askedPosition('where does the tour end', 'The band will reunite for their first tour in 16 years.'),
		).toBeUndefined();
		expect(askedPosition('where did he finish', 'He scored 21 goals last season, finishing second.')?.text).toBe(
			'second',
		);
		expect(askedPosition('where did rovers finish', 'Rovers finished third in the league.')?.text).toBe('third');
	});
});
