import { describesPerson } from './findTitle.ts';
import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Fact } from './types.ts';

/** After a people's word, a trade and the name it stands before: " architect Vitruvius". */
const NAMED_AFTER_TRADE = /^\s+(\p{Ll}[\p{L}-]*)\s+(\p{Lu}(?:\.|[\p{L}'’-]+)(?:\s+\p{Lu}(?:\.|[\p{L}'’-]+))*)/u;
/** A word of a people by its ending, beside those NATIONALITY lists: "Roman", "Byzantine", "Flemish". */
const PEOPLE_WORD = /^\p{Lu}\p{Ll}+(?:an|ian|ine|ese|ish|ic)$/u;
/** Nouns of a doer by their ending: "architect", "painter", "sculptor", "novelist", "historian", "merchant". */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|ect|ant)$/u;

/**
 * The person named after a people's word (or any name but a person's) and a trade, when a "who" question's picked answer is
 * that word: "by the Roman architect Vitruvius" gives "Vitruvius" for "Roman", "of Argentina striker Mateo Ruiz"
 * "Mateo Ruiz"; undefined when `picked` is a person or no trade and name follow it.
 *
 * @example
 * nameAfterTrade('written by the Roman architect Vitruvius.', { text: 'Roman', start: 18, end: 23, typed: true })?.text; // 'Vitruvius'
 */
export function nameAfterTrade(
	quote: string,
	picked: AnswerPhrase,
	kinds?: ReadonlyMap<number, Fact['kind']>,
): AnswerPhrase | undefined {
	if (kinds?.get(picked.start) === 'person') return undefined;
	const people = NATIONALITY.test(picked.text) || PEOPLE_WORD.test(picked.text);
	const named = NAMED_AFTER_TRADE.exec(quote.slice(picked.end));
	// "the signing of Argentina striker Mateo Ruiz", "Porto striker…": after any other name, a word known for a person's.
	if (!named?.[1] || !named[2] || !(describesPerson(named[1]) || (people && AGENT_NOUN.test(named[1]))))
		return undefined;
	const start = picked.end + named[0].length - named[2].length;
	return { text: named[2], start, end: start + named[2].length, typed: true };
}
