import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { ANTONYMS } from './vocabulary.ts';

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Signs that a sentence, though on topic, does not answer the question: the question asks about the opposite of
 * what the sentence says ("smallest" against "largest"), or names a number the sentence does not contain.
 *
 * @example
 * findContradictions('What is the smallest city?', 'The largest city is Cologne.'); // ['smallest/largest']
 */
export function findContradictions(question: string, whole: string): string[] {
	const sentence = whole.slice(0, SENTENCE_LIMITS.chars);
	const asked = new Set(question.toLowerCase().match(WORDS) ?? []);
	const said = new Set(sentence.toLowerCase().match(WORDS) ?? []);
	const found: string[] = [];
	for (const [a, b] of ANTONYMS) {
		if (asked.has(a) && !said.has(a) && said.has(b)) found.push(`${a}/${b}`);
		if (asked.has(b) && !said.has(b) && said.has(a)) found.push(`${b}/${a}`);
	}
	const digits = sentence.replace(/,/g, '');
	for (const number of question.replace(/,/g, '').match(/\d+/g) ?? []) {
		if (!new RegExp(`(?<!\\d)${number}(?!\\d)`).test(digits)) found.push(number);
	}
	return found;
}
