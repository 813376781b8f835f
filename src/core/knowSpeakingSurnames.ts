import type { KnownPeople } from './extractEntities.ts';
import type { Mention } from './findMentions.ts';
import type { Fact } from './types.ts';
import { ORGANISATION_WORDS, PLACE_HEADS } from './vocabulary.ts';

/** A speech verb right after a name: "Henderson said", "Sena told reporters". */
const SPEAKS_AFTER = /^\s+(?:said|says|told|tells|added|wrote|writes|noted|warned|argued|insisted|stated)\b/;
/** Words of a full name: capitalised, apostrophes and hyphens inside. */
const NAME_WORD = /^\p{Lu}[\p{Ll}’'-]+$/u;

/**
 * A surname that speaks ("Henderson said") is the person a report named in full before ("the sitting MP, Mark
 * Henderson of the governing party"), even where nothing there told that the name was a person's: it becomes known
 * (`known.byLastName`), so the sentence names a person and a "he said" after it is theirs. Call before extracting the
 * sentence's entities; `rememberFullNames` keeps the names to look in.
 *
 * @example
 * knowSpeakingSurnames('Henderson said he accepted the result.', mentions, known);
 * known.byLastName.get('Henderson'); // { name: 'Mark Henderson' }
 */
export function knowSpeakingSurnames(sentence: string, mentions: readonly Mention[], known: KnownPeople): void {
	const full = known.fullNames;
	if (!full) return;
	for (const mention of mentions) {
		if (mention.type !== 'name' || /\s/.test(mention.text) || known.byLastName.has(mention.text)) continue;
		const name = full.get(mention.text);
		if (name && SPEAKS_AFTER.test(sentence.slice(mention.end))) known.byLastName.set(mention.text, { name });
	}
}

/**
 * Keeps the names of two to four name-like words (no body's or place's word in them) that a sentence's entities did
 * not make a place or a body, by their last word, for `knowSpeakingSurnames`.
 */
export function rememberFullNames(
	mentions: readonly Mention[],
	entities: readonly Omit<Fact, 'id'>[],
	known: KnownPeople,
): void {
	for (const mention of mentions) {
		if (mention.type !== 'name') continue;
		const words = mention.text.split(/\s+/);
		if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) continue;
		if (words.some((w) => ORGANISATION_WORDS.has(w) || PLACE_HEADS.has(w))) continue;
		const told = entities.some(
			(f) =>
				(f.kind === 'place' || f.kind === 'organisation') && f.span[0] <= mention.start && f.span[1] >= mention.end,
		);
		if (told) continue;
		const last = words[words.length - 1] ?? '';
		known.fullNames ??= new Map();
		if (!known.fullNames.has(last)) known.fullNames.set(last, mention.text);
	}
}
