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
	return prepareContradictions(question)(whole);
}

/** findContradictions with the question read once, for testing many sentences against it. */
export function prepareContradictions(question: string): (sentence: string) => string[] {
	const asked = new Set(question.toLowerCase().match(WORDS) ?? []);
	const antonyms = ANTONYMS.filter(([a, b]) => asked.has(a) || asked.has(b));
	const numbers = (question.replace(/,/g, '').match(/\d+/g) ?? []).map(
		(number) => [number, new RegExp(`(?<!\\d)${number}(?!\\d)`)] as const,
	);
	return (whole) => {
		const sentence = whole.slice(0, SENTENCE_LIMITS.chars);
		const found: string[] = [];
		if (antonyms.length) {
			const said = new Set(sentence.toLowerCase().match(WORDS) ?? []);
			for (const [a, b] of antonyms) {
				if (asked.has(a) && !said.has(a) && said.has(b)) found.push(`${a}/${b}`);
				if (asked.has(b) && !said.has(b) && said.has(a)) found.push(`${b}/${a}`);
			}
		}
		if (numbers.length) {
			const digits = sentence.replace(/,/g, '');
			for (const [number, pattern] of numbers) if (!pattern.test(digits)) found.push(number);
		}
		return found;
	};
}
