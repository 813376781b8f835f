import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "What is Montaine's real name?", "what was her maiden name", "his full name": another name of a person asked. */
const ASKS_OTHER_NAME = /\b(?:real|full|birth|maiden|legal|original|stage|pen)\s+name\b/i;
/** Where a sentence gives it: "whose real name is Daniel Marsh", "born Daniel Marsh", "her stage name, Vela". */
const GIVES_NAME =
	/\b(?:(?:real|full|birth|maiden|legal|original|stage|pen)\s+name(?:\s+(?:is|was)|,)|born|née|nee)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|van|von|der|del|da|la|le|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*)*)/u;

/**
 * For "What is Montaine's real name?", the name a sentence gives after "whose real name is", "born" or "née": "Daniel
 * Marsh" of "Montaine, 34, whose real name is Daniel Marsh, sued the paper"; undefined otherwise.
 *
 * @example
 * personalName("whats montaine's real name", 'Montaine, whose real name is Daniel Marsh, sued.')?.text; // 'Daniel Marsh'
 */
export function personalName(question: string, sentence: string): AnswerPhrase | undefined {
	if (!ASKS_OTHER_NAME.test(question)) return undefined;
	const found = GIVES_NAME.exec(sentence);
	const text = found?.[1]?.replace(/\.$/u, '');
	if (!found || !text) return undefined;
	const start = found.index + found[0].length - (found[1]?.length ?? 0);
	return { text, start, end: start + text.length, typed: true };
}
