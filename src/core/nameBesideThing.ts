import type { Mention } from './findMentions.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems, stem } from './tokenize.ts';

/**
 * After the thing's word, what leads to its name: "sister Solange", "the libraries of Balkh", "plant \"Appliance
 * Park\"", "family was introduced: GE Sans".
 */
const THING_NAME_AFTER =
	/^[\p{L}-]*(?:(?:\s+(?:of|called|named|known\s+as|dubbed))?,?\s+(?:the\s+)?|[^.,;:!?]{0,30}:\s*)["“‘']?\p{Lu}/u;
/**
 * A name given further on in the thing's clause: "guide dog, a four-year-old black Labrador named Bramble", "work on
 * the subject is De architectura".
 */
const NAMED_LATER_IN_CLAUSE =
	/^[^.;!?]{0,60}\b(?:named|called|known\s+as|dubbed)\s+["“‘']?\p{Lu}|^[^.;!?]{0,40}?\b(?:is|was|are|were)\s+["“‘']?\p{Lu}/u;
/** Before the thing's word, a capitalised one: "the Kingsford shipyard", "Beyoncé's sister". */
const THING_NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+$/u;
/**
 * A name set off before the thing it is: "\"The Lighthouse Keeper's Cat\", a new hour-long show", "the \"Rhine knee\";
 * this is a major bend".
 */
const NAME_APPOSED_BEFORE =
	/(?:\p{Lu}[\p{L}'’.-]*["”’]?|["”])(?:[,;]\s+(?:(?:this|it|which|that)\s+(?:is|was)\s+)?|\s+[-–—]\s+)(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** An owner's name right before the thing: "Fennick's wife" names Fennick, not his wife. */
const OWNER_BEFORE = /['’]s?\s+$/u;

/**
 * Whether a sentence writes a capitalised word beside the thing whose name is asked (its last word, in any form): a
 * name the short answer may have missed; false where it writes the thing apart from any name ("built at a shipyard
 * in Kingsford"), undefined where it never writes the thing. Of `kin` ("wife", "son"), the owner's name before it
 * ("Fennick's wife") is no name of theirs.
 *
 * @example
 * nameBesideThing('sister', 'Her younger sister Solange is a singer.'); // true
 * nameBesideThing('shipyard', 'It was built at a shipyard in Kingsford.'); // false
 */
export function nameBesideThing(thing: string, quote: string, kin = false): boolean | undefined {
	const head = stem(thing.split(/\s+/u).at(-1)?.toLowerCase() ?? '');
	let written = false;
	for (const word of quote.slice(0, SENTENCE_LIMITS.chars).matchAll(/[\p{L}-]+/gu)) {
		if (stem(word[0].toLowerCase()) !== head) continue;
		written = true;
		const after = quote.slice(word.index + word[0].length, word.index + word[0].length + 40);
		if (
			THING_NAME_AFTER.test(`x${after}`) ||
			NAMED_LATER_IN_CLAUSE.test(after) ||
			NAME_APPOSED_BEFORE.test(quote.slice(Math.max(0, word.index - 60), word.index)) ||
			(THING_NAME_BEFORE.test(quote.slice(Math.max(0, word.index - 40), word.index)) &&
				!(kin && OWNER_BEFORE.test(quote.slice(Math.max(0, word.index - 40), word.index))))
		)
			return true;
	}
	return written ? false : undefined;
}

/** Whether `mentions` hold a name with a word not among the `asked` stems: one a sentence may give as the name asked. */
export function namesOtherThan(asked: ReadonlySet<string>, mentions: readonly Mention[]): boolean {
	return mentions.some((m) => m.type === 'name' && contentStems(m.text).some((word) => !asked.has(word)));
}
