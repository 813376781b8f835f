import { describe, expect, it } from 'vitest';
import { findTitle, withBody } from '../../src/core/findTitle.ts';
import { floodReport } from './floodReport.ts';

describe('findTitle', () => {
	it('reads the lowercase title written in front of a name, with the words that qualify it', () => {
		const sentence = 'Union president Karin Olsen rejected the offer.';
		expect(findTitle('Karin Olsen', sentence)?.text).toBe('Union president Karin Olsen');
		expect(findTitle('Olsen', sentence)?.text).toBe('Union president Karin Olsen');
		expect(findTitle('karin olsen', sentence)?.text).toBe('Union president Karin Olsen');
		expect(findTitle('Boris Johnson', 'The former prime minister Boris Johnson spoke.')?.text).toBe(
			'former prime minister Boris Johnson',
		);
		const bird = 'The bird was spotted by retired postman Alistair Flett, 71, in a hedge.';
		expect(findTitle('Alistair Flett', bird)?.text).toBe('retired postman Alistair Flett');
		expect(findTitle('Ramon Obrera', 'It was named in honour of farmer Ramon Obrera, 67.')?.text).toBe(
			'farmer Ramon Obrera',
		);
	});

	it('reads investigators, trustees, clerks and "-ologists" as titles', () => {
		const clerk = '212 residents voted against the scheme, council clerk Gwen Pritchard said.';
		expect(findTitle('Gwen Pritchard', clerk)?.text).toContain('clerk Gwen Pritchard');
		expect(findTitle('Marguerite Osei', 'Chief investigator Marguerite Osei said so.')?.text).toBe(
			'Chief investigator Marguerite Osei',
		);
		expect(findTitle('Geoffrey Pell', 'Former trustee Geoffrey Pell voted against.')?.text).toBe(
			'Former trustee Geoffrey Pell',
		);
		expect(findTitle('Ana Ruiz', 'The volcanologist Ana Ruiz took samples.')?.text).toBe('volcanologist Ana Ruiz');
		expect(findTitle('Ana Ruiz', 'The village Ana Ruiz grew up in is small.')).toBeUndefined();
	});

	it('reads forecasters, commentators, landlords and defenders as titles', () => {
		expect(findTitle('Liam Doherty', 'Winds will ease, said forecaster Liam Doherty.')?.text).toBe(
			'forecaster Liam Doherty',
		);
		expect(findTitle('Ann Cole', 'The flat belongs to landlord Ann Cole.')?.text).toBe('landlord Ann Cole');
	});

	it('reads keepers, conductors, wardens and board members as titles', () => {
		expect(findTitle('theresa gruber', 'said head keeper Theresa Gruber, 38, who has looked after them.')?.text).toBe(
			'head keeper Theresa Gruber',
		);
		expect(
			findTitle('Anders Vass-Holm', 'confirmed by her son, the conductor Anders Vass-Holm, who said so.')?.text,
		).toBe('conductor Anders Vass-Holm');
	});

	it('reads a board member as a title, not a country that is a member or a producer', () => {
		expect(findTitle('Hiroshi Tanabe', 'said board member Hiroshi Tanabe, 63.')?.text).toBe(
			'board member Hiroshi Tanabe',
		);
		expect(findTitle('Turkey', 'NATO member Turkey blocked the bid.')).toBeUndefined();
		expect(findTitle('Saudi Arabia', 'Top oil producer Saudi Arabia cut output.')).toBeUndefined();
	});

	it('finds none where no noun of office stands right before the name', () => {
		expect(findTitle('Ola Berg', 'Officials said Ola Berg left.')).toBeUndefined();
		expect(findTitle('Olsen', 'The union backed Olsen.')).toBeUndefined();
		expect(findTitle('Olsen', 'Nobody was named.')).toBeUndefined();
	});

	it('answers "Who is X?" with it', () => {
		const { shortAnswer } = floodReport();
		expect(shortAnswer('Who is Ola Berg?', 'fire chief Ola Berg').phrase.text).toBe('fire chief Ola Berg');
	});

	it('reads a title opening the sentence, capitalised as its first word, and trades in "-ician"', () => {
		const analyst = 'Analyst Ola Dahl of Nordbank Securities said the results were weak.';
		const titled = findTitle('Ola Dahl', analyst, true);
		expect(titled?.text).toBe('Analyst Ola Dahl');
		expect(titled && withBody(analyst, titled).text).toBe('Analyst Ola Dahl of Nordbank Securities');
		expect(findTitle('Ines Moe', 'Chief statistician Ines Moe said the census was late.', true)?.text).toBe(
			'Chief statistician Ines Moe',
		);
		expect(findTitle('Ola Dahl', 'Yesterday Ola Dahl said the results were weak.', true)).toBeUndefined();
		expect(findTitle('Ola Dahl', 'Critics of Ola Dahl said the results were weak.', true)).toBeUndefined();
	});

	it('finds a name asked without its accents ("elise moreau" of "Élise Moreau")', () => {
		const said = '"These are part of our history," said museum director Élise Moreau.';
		expect(findTitle('elise moreau', said, true)?.text).toBe('museum director Élise Moreau');
	});
});
