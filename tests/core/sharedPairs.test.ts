import { describe, expect, test } from 'vitest';
import type { AnalysedQuestion } from '../../src/core/analyseQuestion.ts';
import { questionPairs, sharedPairs } from '../../src/core/sharedPairs.ts';
import { stem, tokenize } from '../../src/core/tokenize.ts';

function question(words: string[], synonyms: string[] = []): AnalysedQuestion {
	const own = words.map((word, slot) => ({ stem: stem(word), word, weight: 1, slot, capitalised: false }));
	const other = synonyms.map((word) => ({ stem: stem(word), word, weight: 0.6, slot: 0, capitalised: false }));
	return {
		text: words.join(' '),
		type: 'other',
		terms: [...own, ...other],
		slots: words.length,
		unknown: [],
		unknownPhrases: [],
	};
}

describe('sharedPairs', () => {
	test('counts pairs of the question words side by side, either way round, stopwords between them aside', () => {
		const pairs = questionPairs(question(['drones', 'shot']));
		expect(sharedPairs(pairs, tokenize('Forces shot 40 drones.'))).toBe(0);
		expect(sharedPairs(pairs, tokenize('The drones were shot.'))).toBe(1);
		expect(sharedPairs(pairs, tokenize('Shot drones, drones shot.'))).toBe(2);
	});

	test('pairs only the user own words that stand next to each other in the question', () => {
		const pairs = questionPairs(question(['ferry', 'passengers', 'carried'], ['boat']));
		expect(sharedPairs(pairs, tokenize('The ferry carried passengers.'))).toBe(1);
		expect(sharedPairs(pairs, tokenize('The boat passengers.'))).toBe(0);
		expect(sharedPairs(questionPairs(question(['ferry'])), tokenize('ferry ferry'))).toBe(0);
	});
});
