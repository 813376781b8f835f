import type { Corpus } from './Corpus.ts';
import { termSentences } from './termSentences.ts';
import { contentStems, stem } from './tokenize.ts';

/** An elided article or preposition before a name: "l'Aubert", "d'Azur", "dell'Arte". */
const ELIDED = /^(?:l|d|dell|all|nell|sull|qu)['’](?=\p{Lu})/u;
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);
const QUOTES = /^["“'‘(]+|["”'’,]+$/gu;

/**
 * The words an acronym stands for where the reports spell it out before it in brackets ("the Central African
 * Republic (CAR)", "International Atomic Energy Agency (IAEA)"), as content stems, read in at most `limit` of the
 * sentences that hold the acronym; [] when none does. A question asking about the CAR then also finds sentences
 * that say "the Central African Republic".
 */
export function expandAcronym(corpus: Corpus, acronym: string, limit: number): string[] {
	const t = corpus.termId(stem(acronym.toLowerCase()));
	if (t < 0 || !/^\p{Lu}{2,8}$/u.test(acronym)) return [];
	for (const sentence of termSentences(corpus, t, limit)) {
		const spelled = spelledOutIn(corpus.quote(sentence), acronym);
		if (spelled) return contentStems(spelled.text);
	}
	return [];
}

const STANDS_FOR =
	/\bwhat(?:['’]?s|\s+(?:does|do|did|is))\s+(?:the\s+|an?\s+)?(\p{L}{2,8})\s+(?:stands?\s+for|means?|short\s+for)\b/iu;

/**
 * The acronym a question asks the meaning of ("What does the IAEA stand for?", "whats NBP stand for"), in capitals:
 * written in capitals, or short in a question typed all in lowercase ("what does nbp stand for").
 */
function askedAcronym(question: string): string | undefined {
	const word = STANDS_FOR.exec(question)?.[1];
	if (!word) return undefined;
	// "Defra", "Nasa": an acronym some outlets write as a name, asked what it stands for ("what does Obersee mean" asks
	// what a name means).
	if (/^\p{Lu}+$/u.test(word) || (/^\p{Lu}\p{Ll}{2,7}$/u.test(word) && /\b(?:stands?|short)\s+for\b/i.test(question)))
		return word;
	return word.length <= 5 && !/\p{Lu}/u.test(question) ? word.toUpperCase() : undefined;
}

/** Whether the question asks what an acronym stands for ("What does the IAEA stand for?"). */
export function asksExpansion(question: string): boolean {
	return askedAcronym(question) !== undefined;
}

/** For "What does X stand for?", where the sentence spells X out before "(X": those words and where they stand. */
export function spelledOutAnswer(
	question: string,
	sentence: string,
): { text: string; start: number; end: number } | undefined {
	const acronym = askedAcronym(question);
	return acronym ? (spelledOutIn(sentence, acronym) ?? namedBefore(sentence, acronym)) : undefined;
}

/**
 * A name given in another language than its acronym's ("the National Statistics Institute (INE)"): the capitalised
 * words right before "(ACRONYM)", two at least and no more than the acronym has letters and two.
 */
function namedBefore(sentence: string, acronym: string): { text: string; start: number; end: number } | undefined {
	const found = new RegExp(
		`((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|and|for|de|du|la|the)\\s+)?){1,${acronym.length + 1}}\\p{Lu}[\\p{L}'’-]*)\\s+\\(\\s*${writtenAs(acronym)}\\s*\\)`,
		'u',
	).exec(sentence);
	if (!found?.[1]) return undefined;
	const text = found[1].replace(/^The\s+/, '');
	const start = found.index + found[1].length - text.length;
	return { text, start, end: start + text.length };
}

/** An acronym as a pattern that takes it in capitals or written as a name: "DEFRA" or "Defra". */
function writtenAs(acronym: string): string {
	const upper = acronym.toUpperCase();
	return `(?:${upper}|${upper.charAt(0)}${upper.slice(1).toLowerCase()})`;
}

/**
 * The shortest run of words right before "(ACRONYM" whose initials spell it, small words skipped: capitalised words
 * ("Central African Republic"), or lowercase ones all ("direct current").
 */
function spelledOutIn(sentence: string, acronym: string): { text: string; start: number; end: number } | undefined {
	const found = new RegExp(`\\(\\s*${writtenAs(acronym)}\\b`, 'u').exec(sentence);
	if (!found) return undefined;
	const words = [...sentence.slice(0, found.index).matchAll(/\S+/g)].slice(-2 * acronym.length - 2);
	const letters = acronym.toLowerCase();
	let initials = '';
	let capitalised: boolean | undefined;
	for (let i = words.length - 1; i >= 0; i--) {
		// "de l'Aubert": an elided article before a capital is no word of its own.
		const word = (words[i]?.[0] ?? '').replace(QUOTES, '').replace(ELIDED, '');
		if (SMALL_WORDS.has(word.toLowerCase())) continue;
		const upper = /^\p{Lu}/u.test(word);
		capitalised ??= upper;
		if (upper !== capitalised || !/^\p{L}/u.test(word)) return undefined;
		// "mixed-member proportional (MMP)": each part of a hyphenated word may give its letter.
		const parts = word.split('-').filter((part) => /^\p{L}/u.test(part));
		const each = parts.map((part) => part.charAt(0).toLowerCase()).join('') + initials;
		initials = parts.length > 1 && letters.endsWith(each) ? each : word.charAt(0).toLowerCase() + initials;
		if (initials === letters) {
			const first = words[i];
			const last = words.at(-1);
			if (!first || !last) return undefined;
			const start = first.index + (first[0].length - first[0].replace(/^["“'‘(]+/u, '').length);
			const end = last.index + last[0].replace(/["”'’,]+$/u, '').length;
			return { text: sentence.slice(start, end), start, end };
		}
		if (!letters.endsWith(initials)) return undefined;
	}
	return undefined;
}
