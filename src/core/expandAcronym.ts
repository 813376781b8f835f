import type { Corpus } from './Corpus.ts';
import { termSentences } from './termSentences.ts';
import { contentStems, stem } from './tokenize.ts';

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * The words an acronym stands for where the reports spell it out before it in brackets ("the Central African
 * Republic (CAR)", "International Atomic Energy Agency (IAEA)"), as content stems, read in at most `limit` of the
 * sentences that hold the acronym; [] when none does. A question asking about the CAR then also finds sentences
 * that say "the Central African Republic".
 */
export function expandAcronym(corpus: Corpus, acronym: string, limit: number): string[] {
	const t = corpus.termId(stem(acronym.toLowerCase()));
	if (t < 0 || !/^\p{Lu}{2,8}$/u.test(acronym)) return [];
	const opening = new RegExp(`\\(\\s*${acronym}\\b`, 'u');
	for (const sentence of termSentences(corpus, t, limit)) {
		const quote = corpus.quote(sentence);
		const found = opening.exec(quote);
		if (!found) continue;
		const words = quote
			.slice(0, found.index)
			.trim()
			.split(/\s+/)
			.slice(-2 * acronym.length - 2);
		const spelled = spelledOut(words, acronym);
		if (spelled) return contentStems(spelled);
	}
	return [];
}

/**
 * The shortest run of words ending the list whose initials spell the acronym, small words skipped: capitalised words
 * ("Central African Republic"), or lowercase ones all ("direct current").
 */
function spelledOut(words: readonly string[], acronym: string): string | undefined {
	const letters = acronym.toLowerCase();
	let initials = '';
	let capitalised: boolean | undefined;
	for (let i = words.length - 1; i >= 0; i--) {
		const word = (words[i] ?? '').replace(/^["“'‘(]+|["”'’,]+$/gu, '');
		if (SMALL_WORDS.has(word.toLowerCase())) continue;
		const upper = /^\p{Lu}/u.test(word);
		capitalised ??= upper;
		if (upper !== capitalised || !/^\p{L}/u.test(word)) return undefined;
		initials = word.charAt(0).toLowerCase() + initials;
		if (initials === letters) return words.slice(i).join(' ');
		if (!letters.endsWith(initials)) return undefined;
	}
	return undefined;
}
