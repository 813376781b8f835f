import { plain } from './anothersAge.ts';
import { escapeRegExp } from './writesWord.ts';

/**
 * A name as the sentence writes it ("figueiredo" as "Figueiredo", "graca" as "Graça", "graham tully" as "Tully" where
 * only the surname of a person (`isPerson` at its start) is written; else as asked), whether as a possessive, and
 * whether the sentence introduces them (an age after the name, a given name before the surname asked).
 */
export function asWritten(
	name: string,
	quote: string,
	isPerson: (start: number) => boolean = () => true,
): { name: string; possessive: boolean; introduced: boolean } {
	const lower = plain(quote).toLowerCase();
	const whole = name !== '' && lower.includes(plain(name).toLowerCase());
	const asked = whole ? name : PERSONS_NAME.test(name) ? (name.split(/\s+/).pop() ?? '') : '';
	const at = asked.length > 1 ? wordAt(lower, plain(asked).toLowerCase()) : -1;
	if (at < 0 || (!whole && !isPerson(at))) return { name, possessive: false, introduced: false };
	const after = quote.slice(at + asked.length);
	const written = quote.slice(at, at + asked.length);
	return {
		name: written,
		possessive: /^[’']s?\s/u.test(after),
		introduced: AGE_AFTER_NAME.test(after) || GIVEN_BEFORE.test(quote.slice(0, at)),
	};
}

/** A person's name of two or three words, however cased ("graham tully"), no body's or role's ("the chairman of X"). */
const PERSONS_NAME = /^(?!.*\b(?:the|of|at|for|in|and|a|an)\b)(?!.*['’])[\p{L}.-]+(?:\s+[\p{L}.-]+){1,2}$/iu;
/** An age in apposition after a name: ", 46," in "Dariusz Wronski, 46, …". */
const AGE_AFTER_NAME = /^,\s+\d{1,3},/u;
/** A capitalised given name right before the surname, inside the sentence: "found Dariusz " before "Wronski". */
const GIVEN_BEFORE = /[\p{Ll},]\s+\p{Lu}\p{Ll}+\s+$/u;

/** Where `word` stands in `text` as a whole word, or -1. */
function wordAt(text: string, word: string): number {
	return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').exec(text)?.index ?? -1;
}
