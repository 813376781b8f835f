import { NATIONALITY } from './mentionPatterns.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A people's word, with a part of the world before it: "Norwegian", "West African" (not "Henry Cavendish"). */
const PEOPLES_WORD =
	/^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Sub-Saharan)\s+)?\p{Lu}[\p{L}-]*$/u;
/** A lowercase word after it that is no verb nor adverb: "republic", "driver" (not "officially", "abandoned", "won"). */
const NOUN_AFTER =
	/^\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|won|beat|lost|took|made|got|led|say|and|or|but|of|in|on|at|to|for|from|by|with)\b)\p{Ll}+(?<!ly|ed)\b(?![-'’])/u;

/**
 * Whether the name picked is a people's word describing the noun after it ("the small West African republic of
 * Maravia"): it names nobody.
 *
 * @example
 * peoplesBeforeNoun('in the small West African republic', { text: 'West African', start: 13, end: 25, typed: true }); // true
 */
export function peoplesBeforeNoun(quote: string, picked: AnswerPhrase): boolean {
	return (
		PEOPLES_WORD.test(picked.text) &&
		NATIONALITY.test(picked.text.split(/\s+/).at(-1) ?? '') &&
		NOUN_AFTER.test(quote.slice(picked.end, picked.end + 40))
	);
}
