import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { escapeRegExp } from './writesWord.ts';

/** "of the pipeline", "of a new school": what follows a common noun, not a name. */
const OF_COMMON = /^\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?\p{Ll}/u;

/** How many sentences (a headline and its repeat as the title count once each) a name may open before it is no accident. */
const REPEATED_OPENINGS = 3;

/**
 * Whether a one-word answer is a common word that a capital letter dressed as a name because it opens its sentence
 * or headline ("Furniture chain Oakhaven collapses", "Warmer summers let beetles breed"): the report writes it in
 * lowercase elsewhere and never capitalised inside a sentence, or `after` it a common noun's "of" follows ("Construction of
 * the pipeline"). `reportText` gives the report's text (read only then), `start` where the
 * sentence's own words begin (after a dateline).
 *
 * @example
 * commonOpener({ text: 'Furniture', start: 0, end: 9, typed: true }, 0, () => 'Furniture chain … a furniture retailer'); // true
 */
export function commonOpener(phrase: AnswerPhrase, start: number, reportText: () => string, after = ''): boolean {
	if (!phrase.typed || phrase.start !== start || !/^\p{Lu}\p{Ll}{2,}$/u.test(phrase.text)) return false;
	// "Construction of the pipeline was halted": a word that a common noun's "of" follows heads a noun phrase.
	if (OF_COMMON.test(after)) return true;
	const text = reportText();
	const word = escapeRegExp(phrase.text);
	const lower = new RegExp(`(?<!\\p{L})${escapeRegExp(phrase.text.toLowerCase())}(?!\\p{L})`, 'u');
	// Capitalised after a lowercase word or a comma: a name inside a sentence ("said Warmer", "of Furniture Ltd").
	const inside = new RegExp(
		`(?:(?<=[\\p{Ll},;:”"’)—–-] )|(?<=\\b(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov|St)\\. ))${word}(?!\\p{L})`,
		'u',
	);
	// "Target will close nine stores. Target said…": a company or person the report keeps opening sentences with.
	const openings = text.match(new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n)${word}(?!\\p{L})`, 'gmu'))?.length ?? 0;
	return lower.test(text) && !inside.test(text) && openings < REPEATED_OPENINGS;
}
