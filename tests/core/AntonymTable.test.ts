import { describe, expect, it } from 'vitest';
import { askedOpposites, holdsOpposite, parseAntonyms } from '../../src/core/AntonymTable.ts';
import { analyseQuestion } from '../../src/core/analyseQuestion.ts';
import { stem } from '../../src/core/tokenize.ts';

const TABLE = parseAntonyms('first last\nfirst second\nlarger smaller\nsailed sailing\nbad');

const terms = (sentence: string) => new Set(sentence.toLowerCase().split(/\W+/).map(stem));

describe('parseAntonyms', () => {
	it('reads pairs both ways by stem and drops pairs of one stem and broken lines', () => {
		expect(TABLE.get(stem('first'))).toEqual([stem('last'), stem('second')]);
		expect(TABLE.get(stem('second'))).toEqual([stem('first')]);
		expect(TABLE.get(stem('smaller'))).toEqual([stem('larger')]);
		expect(TABLE.has(stem('sailed'))).toBe(false);
		expect(TABLE.has('bad')).toBe(false);
	});
});

describe('askedOpposites and holdsOpposite', () => {
	const context = { stems: { has: () => true }, correct: () => undefined, synonymWeight: 0.5, maxLength: 500 };
	const asked = askedOpposites(analyseQuestion('Which ferry was the first to sail?', context).terms, TABLE);

	it('finds the question words that have opposites', () => {
		expect(asked.map((a) => a.stem)).toEqual([stem('first')]);
		expect(askedOpposites(analyseQuestion('Which ferry sailed?', context).terms, TABLE)).toEqual([]);
		expect(askedOpposites(analyseQuestion('Which ferry was the first?', context).terms, undefined)).toEqual([]);
	});

	it('flags a sentence with an opposite and without the asked word, not one that holds both or neither', () => {
		expect(holdsOpposite(asked, terms('The Aurora was the second ferry to sail from Kessby.'))).toBe(true);
		expect(holdsOpposite(asked, terms('The Aurora sailed first and the Borea second.'))).toBe(false);
		expect(holdsOpposite(asked, terms('The Aurora sailed from Kessby.'))).toBe(false);
		expect(holdsOpposite(asked, undefined)).toBe(false);
	});
});
