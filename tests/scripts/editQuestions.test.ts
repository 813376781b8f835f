import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/textVariants.ts';
import { chatStyle, editQuestion, oppositesOf } from '../../scripts/train/editQuestions.ts';
import type { SquadArticle } from '../../scripts/train/squadData.ts';

const ARTICLE: SquadArticle = {
	title: 'Harbour of Kessby',
	paragraphs: [
		{ context: 'The harbour of Kessby was built in 1820 by Mayor Ilse Brandt. It has two docks.', qas: [] },
		{ context: 'In 1904 the Tervala Shipping Company moved its offices to Lund.', qas: [] },
		{ context: 'Fishing boats leave the harbour early in the morning and the ferry runs twice a day.', qas: [] },
	],
};

describe('editQuestion', () => {
	it('swaps a name or year for another of the same kind from the same article, one its paragraph never mentions', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const edited = editQuestion('Who built the harbour of Kessby in 1820?', ARTICLE, 0, 'swap', createRandom(seed));
			expect(edited).toBeDefined();
			expect(edited).not.toBe('Who built the harbour of Kessby in 1820?');
			expect(edited).toMatch(/Tervala Shipping Company|Lund|1904/);
		}
	});

	it('inserts a negation after the auxiliary, swaps an antonym, and asks for a figure a paragraph lacks', () => {
		expect(editQuestion('When did the ferry start?', ARTICLE, 2, 'negate', createRandom(1))).toMatch(
			/^When did (not|never) the ferry start\?$/,
		);
		expect(editQuestion('Which boats leave early?', ARTICLE, 2, 'antonym', createRandom(1))).toBe(
			'Which boats leave late?',
		);
		expect(editQuestion('What leaves the harbour?', ARTICLE, 2, 'retype', createRandom(1))).toMatch(
			/^(How many|How much|In what year|When|How long|What percentage of) did leaves the harbour\?$/,
		);
		expect(editQuestion('What does the harbour have?', ARTICLE, 0, 'retype', createRandom(1))).toBeUndefined();
		expect(editQuestion('Who rows the boats?', ARTICLE, 2, 'antonym', createRandom(1))).toBeUndefined();
	});

	it('takes antonyms from a larger list when given one, never one the paragraph itself uses', () => {
		const opposites = oppositesOf('early late\nlate punctual\nmorning night\nmorning evening');
		for (let seed = 1; seed <= 10; seed++) {
			const edited = editQuestion('Which boats leave early?', ARTICLE, 2, 'antonym', createRandom(seed), opposites);
			expect(edited).toBe('Which boats leave late?');
		}
		const timed = editQuestion('What leaves in the morning?', ARTICLE, 2, 'antonym', createRandom(2), opposites);
		expect(timed).toMatch(/^What leaves in the (night|evening)\?$/);
		expect(editQuestion('Who rows the boats?', ARTICLE, 2, 'antonym', createRandom(1), opposites)).toBeUndefined();
		const both = oppositesOf('early morning');
		expect(editQuestion('Which boats leave early?', ARTICLE, 2, 'antonym', createRandom(1), both)).toBeUndefined();
	});

	it('swaps a number in words for another', () => {
		const edited = editQuestion('Which harbour has two docks?', ARTICLE, 0, 'swap', createRandom(3));
		expect(edited).toMatch(/^Which harbour has \w+ docks\?$/);
	});
});

describe('chatStyle', () => {
	it('keeps the question recognisable: same words but for one letter, a filler and the question mark', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const styled = chatStyle('How many passengers did the ferry carry?', createRandom(seed)).toLowerCase();
			expect(styled).toMatch(/how many/);
			expect(styled).toMatch(/ferry|fery|ferr/);
		}
	});
});
