import { describe, expect, it } from 'vitest';
import { askedName, findAppositive } from '../../src/core/findAppositive.ts';
import { floodReport } from './floodReport.ts';

describe('findAppositive', () => {
	it('finds a description after the name, its age skipped, or before it', () => {
		expect(findAppositive('Thabo Mokoena', 'Thabo Mokoena, 36, the union leader, spoke.')?.text).toBe(
			'Thabo Mokoena, 36, the union leader',
		);
		expect(findAppositive('Tomas Hegel', 'It went to her conservative rival, Tomas Hegel.')?.text).toBe(
			'her conservative rival, Tomas Hegel',
		);
	});

	it('reads a description past the point of an abbreviation in it ("St. Aldric"), not past a sentence end', () => {
		const organist = 'Eleanor Marsh, 52, who has played at St. Aldric since 2004, said she practised weekly.';
		expect(findAppositive('Eleanor Marsh', organist)?.text).toBe(
			'Eleanor Marsh, 52, who has played at St. Aldric since 2004',
		);
		const head = 'The deal was signed by Anna Berg, the head of St. Jude Hospital, on Monday.';
		expect(findAppositive('Anna Berg', head)?.text).toBe('Anna Berg, the head of St. Jude Hospital');
	});

	it('finds a description written right after a quotation, not the speech verb before one', () => {
		const after =
			'"Crews cannot reach the lines until the gusts drop," the company\'s operations director, Sofia Ekman, said.';
		expect(findAppositive('Sofia Ekman', after)?.text).toBe("the company's operations director, Sofia Ekman");
		const said = '"The streets were never built for vans," said Ghent\'s deputy mayor for mobility, Pieter Van Acker.';
		expect(findAppositive('Pieter Van Acker', said)?.text).toBe("Ghent's deputy mayor for mobility, Pieter Van Acker");
	});

	it('takes a lowercase description whose head before "of" is a person ("general manager of the water district")', () => {
		const lowe = 'Patricia Lowe, general manager of the water district, said the order would stay.';
		expect(findAppositive('patricia lowe', lowe)?.text).toBe('Patricia Lowe, general manager of the water district');
		expect(findAppositive('Paris', 'Paris, capital of France, is big.')).toBeUndefined();
	});

	it('skips the surname after a given name asked ("Siriporn" of "Siriporn Wattanakul, 58, the director")', () => {
		const sentence = '"We could run out," said Dr. Siriporn Wattanakul, 58, the centre\'s director.';
		expect(findAppositive('siriporn', sentence)?.text).toBe("Siriporn Wattanakul, 58, the centre's director");
	});

	it('keeps a long description to its noun phrase: before a relative clause, then before the place it is at', () => {
		const rosado =
			'said Fatima Rosado, 49, a line supervisor who has worked at the cannery for 28 years and was elected.';
		expect(findAppositive('Fatima Rosado', rosado)?.text).toBe('Fatima Rosado, 49, a line supervisor');
		const carvalho = 'said Ines Carvalho, 44, a marine geologist at the University of the Azores who led the trip.';
		expect(findAppositive('carvalho', carvalho)?.text).toBe('Carvalho, 44, a marine geologist');
		expect(findAppositive('Ines Carvalho', 'said Ines Carvalho, who knows.')).toBeUndefined();
	});

	it('takes a relative clause that tells who they are where no role is given, a role written before first', () => {
		const kovacic = '"I am happy with 300 grams," said Ivan Kovacic, 57, who has hunted truffles for 40 years.';
		expect(findAppositive('ivan kovacic', kovacic)?.text).toBe(
			'Ivan Kovacic, 57, who has hunted truffles for 40 years',
		);
		const norquist = "It was proposed by the district's superintendent, Angela Norquist, 54, who backed the trial.";
		expect(findAppositive('angela norquist', norquist)?.text).toBe(
			"the district's superintendent, Angela Norquist, 54",
		);
		expect(findAppositive('Ines Carvalho', 'said Ines Carvalho, who said the plan would fail.')).toBeUndefined();
		expect(findAppositive('Ines Carvalho', 'said Ines Carvalho, who had earlier told reporters so.')).toBeUndefined();
		expect(findAppositive('Ines Carvalho', 'said Ines Carvalho, 40, who requested anonymity.')).toBeUndefined();
		expect(findAppositive('Ines Carvalho', 'said Ines Carvalho, who repeatedly warned of it.')).toBeUndefined();
	});

	it('answers "who is X" with that description', () => {
		expect(askedName('who is carvalho')).toBe('carvalho');
		const { shortAnswer } = floodReport(
			'"There was a lot of shouting," said Ines Carvalho, 44, a marine geologist at the University of the Azores who led the trip.',
		);
		const short = shortAnswer('who is carvalho', 'Carvalho');
		expect(short.phrase.text).toBe('Carvalho, 44, a marine geologist');
		expect(short.matched).toBe(true);
	});

	it('keeps the first of two roles joined by "and", and finds a name asked without its accents', () => {
		const sentence =
			'"We expected change," said Dr. Miriam Takolander, 49, the observatory\'s chief scientist and the paper\'s lead author.';
		expect(findAppositive('takolander', sentence)?.text).toBe("Takolander, 49, the observatory's chief scientist");
		expect(findAppositive('graca teixeira', 'said Graça Teixeira, 52, a teacher.')?.text).toBe(
			'Graça Teixeira, 52, a teacher',
		);
	});
});
