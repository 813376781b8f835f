import { describe, expect, it } from 'vitest';
import { peoplesBeforeNoun } from '../../src/core/peoplesBeforeNoun.ts';
import type { AnswerPhrase } from '../../src/core/pickAnswerPhrase.ts';

const phrase = (sentence: string, text: string): AnswerPhrase => {
	const start = sentence.indexOf(text);
	return { text, start, end: start + text.length, typed: true };
};

describe('peoplesBeforeNoun', () => {
	it("reads a people's word before a noun as describing it, not one that does a deed nor a surname", () => {
		const republic = 'Troops in the small West African republic of Maravia put down a coup.';
		expect(peoplesBeforeNoun(republic, phrase(republic, 'West African'))).toBe(true);
		const french = 'The French officially abandoned the plan.';
		expect(peoplesBeforeNoun(french, phrase(french, 'French'))).toBe(false);
		const cavendish = 'In 1781 Henry Cavendish described the gas.';
		expect(peoplesBeforeNoun(cavendish, phrase(cavendish, 'Henry Cavendish'))).toBe(false);
	});
});
