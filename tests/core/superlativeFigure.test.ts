import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/findMentions.ts';
import { superlativeFigure } from '../../src/core/superlativeFigure.ts';
import { floodReport } from './floodReport.ts';

const debts = 'The smallest debt on the list is about $4,800 and the largest is $61,000, board records show.';

describe('superlativeFigure', () => {
	it('takes the figure a sentence marks with the superlative asked, or one of its direction', () => {
		const mentions = findMentions(debts);
		expect(superlativeFigure('whats the biggest debt on the list', debts, mentions)?.text).toBe('$61,000');
		expect(superlativeFigure('what is the lowest debt', debts, mentions)?.text).toBe('about $4,800');
	});

	it('leaves a sentence alone that draws no contrast, and a question with no superlative', () => {
		const one = 'The largest debt, $61,000, is owed by a household of 4.';
		expect(superlativeFigure('whats the biggest debt', one, findMentions(one))).toBeUndefined();
		expect(superlativeFigure('how much do they owe', debts, findMentions(debts))).toBeUndefined();
	});

	it('gives "whats the biggest debt" the largest as its short answer', () => {
		const { shortAnswer } = floodReport(`Evictions\n\nLARKFIELD, Feb. 9 — Residents face eviction. ${debts}`);
		expect(shortAnswer('whats the biggest debt on the list', 'smallest debt').phrase.text).toBe('$61,000');
	});
});
