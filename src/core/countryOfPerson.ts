import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { escapeRegExp } from './writesWord.ts';

/** "What country is Dunmore from?", "which country does Ito represent", "where is Bertrand from": a person's country. */
const ASKS_COUNTRY =
	/^\s*(?:(?:what|which)\s+(?:country|nation)\s+(?:is|was|are|were|does|did|do)\s+(.+?)\s+(?:from|represent|represents|swim\s+for|play\s+for|race\s+for|run\s+for)|where\s+(?:is|was|are|were)\s+(.+?)\s+from)\s*[?!.]*\s*$/iu;
/** Words of a name in the question: capitalised or not, as members type. */
const NAME_WORD = /[\p{L}'’-]{2,}/gu;
/** Right before a person's name: a people's word ("American Sophie Dunmore") or a country's ("Canada's Julia Bertrand"). */
const COUNTRY_BEFORE =
	/(?:^|[^\p{L}])(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)['’]s|(\p{Lu}\p{Ll}+))\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}$/u;

/**
 * The people's word or the country written right before the person a question asks the country of: "American" in
 * "while American Sophie Dunmore won bronze" for "what country is dunmore from", "Canada" in "ahead of Canada's Julia
 * Bertrand". None where the sentence writes neither before the name.
 *
 * @example
 * countryOfPerson('what country is dunmore from', 'while American Sophie Dunmore won bronze.')?.text; // 'American'
 */
export function countryOfPerson(question: string, sentence: string): AnswerPhrase | undefined {
	const asked = ASKS_COUNTRY.exec(question);
	const person = asked?.[1] ?? asked?.[2];
	const surname = person?.match(NAME_WORD)?.at(-1);
	if (!surname) return undefined;
	const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'iu').exec(sentence);
	if (!at || !/^\p{Lu}/u.test(at[0])) return undefined;
	const before = COUNTRY_BEFORE.exec(sentence.slice(Math.max(0, at.index - 60), at.index));
	const word = before?.[1] ?? before?.[2];
	if (!before || !word || !(before[1] || NATIONALITY.test(word))) return undefined;
	const start = Math.max(0, at.index - 60) + before.index + before[0].indexOf(word);
	return { text: word, start, end: start + word.length, typed: true };
}
