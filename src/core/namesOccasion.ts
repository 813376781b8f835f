import { escapeRegExp } from './writesWord.ts';

/** A capitalised word inside a sentence (not its first): a name of a place, a race, a school. */
const NAME_WORD = /(?<=\s)\p{Lu}[\p{L}'’-]{3,}/gu;
/** How many times at most a name may be written in the whole report to single out one occasion. */
const RARE_IN_REPORT = 2;

/**
 * Whether the question names the occasion a sentence's figure belongs to by a name the report writes rarely ("how many
 * students got sick in the ashgrove outbreak" of "In May 2021, 23 pupils at Ashgrove Secondary School were treated"):
 * an earlier occasion asked by its own name, whose figure answers.
 *
 * @example
 * namesOccasion('how many got sick at ashgrove', 'In 2021, 23 pupils at Ashgrove were treated.', () => report); // true
 */
export function namesOccasion(question: string, sentence: string, reportText: () => string): boolean {
	const asked = new Set(question.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []);
	const names = (sentence.match(NAME_WORD) ?? []).filter((name) => asked.has(name.toLowerCase()));
	if (names.length === 0) return false;
	const text = reportText();
	return names.some(
		(name) =>
			(text.match(new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'gu')) ?? []).length <= RARE_IN_REPORT,
	);
}
