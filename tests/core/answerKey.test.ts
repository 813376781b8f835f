import { describe, expect, it } from 'vitest';
import { answerKey, wholeWords } from '../../src/core/answerKey.ts';

describe('answerKey', () => {
	it('compares short answers without hedges, share signs or thousands separators', () => {
		expect(answerKey('about 4.6%')).toBe(answerKey('4.6 percent'));
		expect(answerKey('412,000 Students')).toBe(answerKey('about 412000 students'));
		expect(answerKey('4.6 percent')).not.toBe(answerKey('46 percent'));
		expect(answerKey('as many as 46,000 fish')).toBe(answerKey('Up to 46,000 Fish'));
		expect(answerKey('$2.4m')).toBe(answerKey('$2.4 million'));
		expect(answerKey('£1.2bn')).toBe(answerKey('£1.2 billion'));
		expect(answerKey('10m')).not.toBe(answerKey('10 million'));
	});
});

describe('wholeWords', () => {
	it('finds a phrase as whole words in any case', () => {
		expect(wholeWords('nine inmates').test('after Nine Inmates broke out')).toBe(true);
		expect(wholeWords('nine').test('ninety people')).toBe(false);
	});
});
