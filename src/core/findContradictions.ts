import { withoutDurationVerb } from './frameWords.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { ANTONYMS, NUMBER_WORDS } from './vocabulary.ts';

const NUMBER_WORD = new Set(NUMBER_WORDS);

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Signs that a sentence, though on topic, does not answer the question: the question asks about the opposite of
 * what the sentence says ("smallest" against "largest"), or names a number the sentence does not contain (a number
 * in words counts when the sentence gives another number: "two buttons" against "one button, three keys").
 *
 * @example
 * findContradictions('What is the smallest city?', 'The largest city is Cologne.'); // ['smallest/largest']
 */
export function findContradictions(question: string, whole: string): string[] {
	return prepareContradictions(question)(whole);
}

/** findContradictions with the question read once, for testing many sentences against it. */
export function prepareContradictions(question: string): (sentence: string) => string[] {
	const asked = new Set(withoutDurationVerb(question).toLowerCase().match(WORDS) ?? []);
	const antonyms = ANTONYMS.filter(([a, b]) => asked.has(a) || asked.has(b));
	const numbers = (question.replace(/,/g, '').match(/\d+/g) ?? []).map(
		(number) => [number, new RegExp(`(?<!\\d)${number}(?!\\d)`)] as const,
	);
	const numberWords = [...asked].filter((w) => NUMBER_WORD.has(w));
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
		if (numberWords.length) {
			const said: string[] = sentence.toLowerCase().match(WORDS) ?? [];
			const other = said.some((w) => /^\d/.test(w) || w === 'one' || NUMBER_WORD.has(w));
			for (const word of numberWords) if (other && !said.includes(word)) found.push(word);
		}
		return found;
	};
}
