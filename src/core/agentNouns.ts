import { stem } from './tokenize.ts';

/** A consonant-vowel-consonant ending whose last letter doubles before "-er" ("win" → "winner"). */
const DOUBLES = /[^aeiou][aeiou]([bdgmnpt])$/;

/**
 * The stems of the noun for whoever does a deed and of the deed itself, either way round: "owns" → "owner",
 * "founded" → "founder", "director" → "direct", "winner" → "win". Only those `known` holds (the reports' stems) are
 * given, the word's own stem left out: "who owns the ship" meets "the ship's owner" only where the reports write it.
 *
 * @example
 * agentNounStems('owns', (s) => s === 'owner'); // ['owner']
 */
export function agentNounStems(word: string, known: (stem: string) => boolean): string[] {
	const own = stem(word);
	const forms = new Set<string>();
	const noun = /^(\p{L}{3,}?)(?:er|or)s?$/u.exec(word)?.[1];
	if (noun) {
		forms.add(noun);
		forms.add(`${noun}e`);
		if (/(\p{L})\1$/u.test(noun)) forms.add(noun.slice(0, -1));
	} else {
		for (const base of [own, word.replace(/(?:ed|ing|s)$/u, '')]) {
			forms.add(`${base}er`);
			forms.add(`${base}or`);
			if (base.endsWith('e')) forms.add(`${base}r`);
			const doubled = DOUBLES.exec(base)?.[1];
			if (doubled) forms.add(`${base}${doubled}er`);
		}
	}
	return [...new Set([...forms].map((f) => stem(f)))].filter((s) => s !== own && known(s));
}
