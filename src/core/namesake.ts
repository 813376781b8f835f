import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Who was Tessaly named for?", "who is the prize named after": the one a name honours asked. */
const ASKS_NAMESAKE = /\bnamed\s+(?:for|after)\s*[?!.]*\s*$/iu;
/** "named after ", "named for the late ": the words before the one a name honours. */
const NAMED_AFTER =
	/\bnamed\s+(?:after|for|in\s+honou?r\s+of)\s+(?:the\s+)?(?:(?:late|former|engineer|scientist|poet)\s+)?/giu;
/** A capitalised name of one to four words, its particles inside: "Ines Tessaly", "Marie de Vries". */
const NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|da|van|von|der|la|le|al|bin)\s+)?\p{Lu}[\p{L}'’-]*){0,3}/u;

/**
 * For "Who was X named for?", the name the sentence says X was named after, whatever words it shares with the
 * question ("named after Ines Tessaly" for "Who was Tessaly named for?"); none for other questions or sentences.
 *
 * @example
 * namesake('who was tessaly named for?', 'The probe is named after Ines Tessaly, an engineer.')?.text; // 'Ines Tessaly'
 */
export function namesake(question: string, sentence: string): AnswerPhrase | undefined {
	if (!ASKS_NAMESAKE.test(question)) return undefined;
	for (const named of sentence.matchAll(NAMED_AFTER)) {
		const start = named.index + named[0].length;
		const name = NAME.exec(sentence.slice(start))?.[0];
		if (name) return { text: name, start, end: start + name.length, typed: true };
	}
	return undefined;
}
