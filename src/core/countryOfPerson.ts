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

/** One capitalised word after a person's name and "of", ending its clause: " of Hungary in a rapid tiebreak". */
const COUNTRY_AFTER = /^\s+of\s+(\p{Lu}\p{Ll}{2,})(?=\s*[,.;)]|\s+(?:in|at|on|and|who|after|before|with|for)\b)/u;
/**
 * An origin or a country told in some other way after the name: "from Ghana", "of Portugal", "based in Lyon", "(KEN)"
 * ("Brazil's" only counts right before it, as COUNTRY_BEFORE reads).
 */
const ORIGIN = /\b(?:from|of|(?:based|born|raised|headquartered)\s+in)\s+\p{Lu}|\(\p{Lu}{3}\)/u;
/** How far after the person's name an origin may be told of them ("Ransome, 17, from Harwick"), in characters. */
const ORIGIN_REACH = 100;
/** How far before the name a people's word may be told of them ("the Kenyan, running her first race, Ruth Kiptoo"). */
const PEOPLE_WORD_REACH = 40;

/**
 * The people's word or the country written right before the person a question asks the country of: "American" in
 * "while American Sophie Dunmore won bronze" for "what country is dunmore from", "Canada" in "ahead of Canada's Julia
 * Bertrand". Undefined where the sentence writes neither before the name; null where it names the person and gives no
 * country or origin at all (another sentence may).
 *
 * @example
 * countryOfPerson('what country is dunmore from', 'while American Sophie Dunmore won bronze.')?.text; // 'American'
 */
export function countryOfPerson(question: string, sentence: string): AnswerPhrase | null | undefined {
	const asked = ASKS_COUNTRY.exec(question);
	const person = asked?.[1] ?? asked?.[2];
	const surname = person?.match(NAME_WORD)?.at(-1);
	if (!surname) return undefined;
	const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'iu').exec(sentence);
	if (!at || !/^\p{Lu}/u.test(at[0])) return undefined;
	// "Istvan Varga of Hungary", "Ana Ribeiro of Portugal": the country one word after "of", the clause ending there.
	const of = COUNTRY_AFTER.exec(sentence.slice(at.index + at[0].length));
	if (of?.[1]) {
		const start = at.index + at[0].length + of[0].length - of[1].length;
		return { text: of[1], start, end: start + of[1].length, typed: true };
	}
	const before = COUNTRY_BEFORE.exec(sentence.slice(Math.max(0, at.index - 60), at.index));
	const word = before?.[1] ?? before?.[2];
	// "flight engineers Yuki Morimoto and Daniel Osei": the person named with no people's word, country or origin at all.
	if (!before || !word || !(before[1] || NATIONALITY.test(word)))
		return sentence
			.slice(Math.max(0, at.index - PEOPLE_WORD_REACH), at.index + ORIGIN_REACH)
			.split(/[^\p{L}]+/u)
			.some((w) => NATIONALITY.test(w)) || ORIGIN.test(sentence.slice(at.index, at.index + ORIGIN_REACH))
			? undefined
			: null;
	const start = Math.max(0, at.index - 60) + before.index + before[0].indexOf(word);
	return { text: word, start, end: start + word.length, typed: true };
}
