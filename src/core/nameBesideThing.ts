import type { Mention } from './findMentions.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems, stem } from './tokenize.ts';

/**
 * After the thing's word, what leads to its name: "sister Solange", "the libraries of Balkh", "plant \"Appliance
 * Park\"", "family was introduced: GE Sans".
 */
const THING_NAME_AFTER =
	/^[\p{L}-]*(?:(?:\s+(?:of|called|named|known\s+as|dubbed))?,?\s+(?:the\s+)?|[^.,;:!?]{0,30}:\s*)["“‘']?\p{Lu}/u;
/** A name given further on in the thing's clause: "guide dog, a four-year-old black Labrador named Bramble". */
const NAMED_LATER_IN_CLAUSE = /^[^.;!?]{0,60}\b(?:named|called|known\s+as|dubbed)\s+["“‘']?\p{Lu}/u;
/** Before the thing's word, a capitalised one: "the Kingsford shipyard", "Beyoncé's sister". */
const THING_NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+$/u;

/**
 * Whether a sentence writes a capitalised word beside the thing whose name is asked (its last word, in any form): a
 * name the short answer may have missed; false where it writes the thing apart from any name ("built at a shipyard
 * in Kingsford"), undefined where it never writes the thing.
 *
 * @example
 * nameBesideThing('sister', 'Her younger sister Solange is a singer.'); // true
 * nameBesideThing('shipyard', 'It was built at a shipyard in Kingsford.'); // false
 */
export function nameBesideThing(thing: string, quote: string): boolean | undefined {
	const head = stem(thing.split(/\s+/u).at(-1)?.toLowerCase() ?? '');
	let written = false;
	for (const word of quote.slice(0, SENTENCE_LIMITS.chars).matchAll(/[\p{L}-]+/gu)) {
		if (stem(word[0].toLowerCase()) !== head) continue;
		written = true;
		const after = quote.slice(word.index + word[0].length, word.index + word[0].length + 40);
		if (
			THING_NAME_AFTER.test(`x${after}`) ||
			NAMED_LATER_IN_CLAUSE.test(after) ||
			THING_NAME_BEFORE.test(quote.slice(Math.max(0, word.index - 40), word.index))
		)
			return true;
	}
	return written ? false : undefined;
}

/** Whether `mentions` hold a name with a word not among the `asked` stems: one a sentence may give as the name asked. */
export function namesOtherThan(asked: ReadonlySet<string>, mentions: readonly Mention[]): boolean {
	return mentions.some((m) => m.type === 'name' && contentStems(m.text).some((word) => !asked.has(word)));
}
