import { describe, expect, it } from 'vitest';
import { possessive, TIME_UNIT } from '../../src/core/expectedMentions.ts';

describe('possessive', () => {
	const byExpression = (q: string, w: string) =>
		new RegExp(`\\b${w.replace(/[^\p{L}\p{N}]/gu, '')}['’]s\\b`, 'iu').test(q);

	it('reads a word asked as a possessive', () => {
		expect(possessive("Who is Trump's wife?", 'trump')).toBe(true);
		expect(possessive('what is trump’s plan', 'Trump')).toBe(true);
		expect(possessive('Trumps wife', 'trump')).toBe(false);
		expect(possessive("Trump'sx", 'trump')).toBe(false);
	});

	it('reads as the regular expression it stands for would, ASCII or not', () => {
		const questions = ["x_trump's", "O'Neill's dog", "the 3's team", "Ørsted's CEO", 'who is ørsted’s boss', "trump'S"];
		for (const q of questions)
			for (const w of ['trump', "O'Neill", 'Neill', '3', 'ørsted', 's'])
				expect(possessive(q, w)).toBe(byExpression(q, w));
	});
});

describe('TIME_UNIT', () => {
	it('reads seasons as a unit of time, but not a season ticket or pass', () => {
		expect(TIME_UNIT.test('six seasons')).toBe(true);
		expect(TIME_UNIT.test('three days')).toBe(true);
		expect(TIME_UNIT.test('12,000 season tickets')).toBe(false);
		expect(TIME_UNIT.test('a season pass')).toBe(false);
	});
});
