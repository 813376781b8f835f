import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * "Who is the judge in the Delacroix case?" is not answered by "Delacroix Chemical": a name ending in a word the
 * question gives itself is what the role is of, not its holder ("Director of Central Intelligence George Tenet" ends
 * in the holder's own name).
 *
 * @example
 * namesAskedBody('who is the judge in the delacroix case', delacroixChemical); // true
 */
export function namesAskedBody(question: string, picked: AnswerPhrase): boolean {
	if (!picked.typed || !/\s/u.test(picked.text)) return false;
	const asked = new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
	const last = (picked.text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).slice(-2);
	return last.some((word) => asked.has(word.toLowerCase()));
}
