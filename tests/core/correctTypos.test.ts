import { describe, expect, it } from 'vitest';
import { correctToStem, createTypoCorrector, editDistance } from '../../src/core/correctTypos.ts';
import { stem } from '../../src/core/tokenize.ts';
import { floodReport } from './floodReport.ts';

const correct = createTypoCorrector(['drones', 'missiles', 'zelensky', 'kremlin', 'down', 'injured', 'infrastructure']);

describe('createTypoCorrector', () => {
	it.each([
		['dornes', 'drones'],
		['misiles', 'missiles'],
		['zelenksy', 'zelensky'],
		['kremln', 'kremlin'],
		['donw', 'down'],
		['injurd', 'injured'],
		['infrastrcture', 'infrastructure'],
	])('corrects "%s" to "%s"', (typo, word) => {
		expect(correct(typo)).toBe(word);
	});

	it.each(['tanks', 'dawn', 'children', 'abc', 'd0wn'])(
		'leaves "%s" alone: no word of the reports is that close',
		(word) => {
			expect(correct(word)).toBeUndefined();
		},
	);

	it('counts a swap of two letters as one edit', () => {
		expect(editDistance('dornes', 'drones')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

describe('correctToStem', () => {
	const stems = (...list: string[]) => new Set(list);

	it('corrects a word cut short to the one stem one edit away', () => {
		expect(correctToStem('condem', stems('condemn', 'flood'), 4, stem)).toBe('condemn');
		expect(correctToStem('flodded', stems('flood'), 4, stem)).toBeUndefined();
	});

	it('leaves alone short words, and words one edit from two stems', () => {
		expect(correctToStem('cond', stems('condo'), 4, stem)).toBeUndefined();
		expect(correctToStem('banks', stems('bank', 'banke'), 4, stem)).toBeUndefined();
	});

	it('lets a question find "condemned" from "condem" when no word of the report is close', () => {
		const { ask } = floodReport();
		expect(ask('wat did the critics condem').terms.map((t) => t.stem)).toContain(stem('condemned'));
	});

	it('gives the rules that read the wording the question with its typos corrected, as typed otherwise', () => {
		const { ask } = floodReport();
		expect(ask('wat did the critics condem').text).toBe('wat did the critics condemn');
		expect(ask('How many people died?').text).toBe('How many people died?');
	});
});

describe('correctToStem on long words', () => {
	it('leaves a word longer than its maximum alone, even one edit from a stem', () => {
		const stems = { has: (s: string) => s === 'internationalisation' };
		const typo = 'internationalisatio';
		expect(correctToStem(typo, stems, 4, (w) => w)).toBe('internationalisation');
		expect(correctToStem(typo, stems, 4, (w) => w, 18)).toBeUndefined();
	});
});
