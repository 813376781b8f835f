import Fuse from 'fuse.js';
import { buildDeletionTable, type DeletionIndex, type DeletionTable, deletionIndexOver } from './deletionIndex.ts';
import { DEFAULT_OPTIONS, type MatchOptions } from './options.ts';

/**
 * Builds a corrector that maps a misspelt word to the closest word of the reports' vocabulary,
 * or returns undefined when nothing is close enough (at most one edit for short words, two for long ones).
 * Candidates come at once from an index of every word with one letter left out (so "dornes" and "drones" meet at
 * "dones"; see deletionIndex.ts, built on the first call); Fuse.js ranks the few candidates at the same edit distance.
 *
 * @example
 * const correct = createTypoCorrector(new Set(['drones', 'missiles']));
 * correct('dornes'); // 'drones'
 */
export function createTypoCorrector(
	vocabulary: Iterable<string>,
	{
		typoMinLength,
		typoOneEditMaxLength,
	}: Pick<MatchOptions, 'typoMinLength' | 'typoOneEditMaxLength'> = DEFAULT_OPTIONS,
	prepared: () => { words: readonly string[]; table: DeletionTable } = () => {
		const words = typoWords(vocabulary, typoMinLength);
		return { words, table: buildDeletionTable(words) };
	},
): (word: string) => string | undefined {
	// Built on the first word to correct (at 10,000 reports it files some 3 million deletions), not at start-up.
	let index: { known: Set<string>; byDeletion: DeletionIndex } | undefined;
	const build = () => {
		const { words, table } = prepared();
		return { known: new Set(words), byDeletion: deletionIndexOver(words, table) };
	};
	const cache = new Map<string, string | undefined>();
	return (word) => {
		if (word.length < typoMinLength || /\d/.test(word)) return undefined;
		if (cache.has(word)) return cache.get(word);
		const allowed = word.length <= typoOneEditMaxLength ? 1 : 2;
		index ??= build();
		const candidates = nearWords(word, index.known, index.byDeletion)
			.map((item) => ({ item, distance: editDistance(word, item) }))
			.filter(({ item, distance }) => distance <= allowed && (word.length > typoMinLength || sameLetters(word, item)));
		const closest = Math.min(...candidates.map((c) => c.distance));
		const best = new Fuse(
			candidates.filter((c) => c.distance === closest).map((c) => c.item),
			{ threshold: 1, ignoreLocation: true, includeScore: true },
		)
			.search(word)
			.sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.item.localeCompare(b.item))[0]?.item;
		if (cache.size > 10_000) cache.clear();
		cache.set(word, best);
		return best;
	};
}

/**
 * The words typos are corrected to: those at least `minLength` long, without digits, in order (a word listed
 * twice is harmless: candidates are collected in a set).
 */
export function typoWords(vocabulary: Iterable<string>, minLength: number): string[] {
	const words: string[] = [];
	for (const w of vocabulary) if (w.length >= minLength && !hasDigit(w)) words.push(w);
	return words;
}

function hasDigit(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c >= 48 && c <= 57) return true;
	}
	return false;
}

/** The word with each one of its letters left out: "drone" → "rone", "done", "dron"… */
function deletions(word: string): Set<string> {
	const result = new Set<string>();
	for (let i = 0; i < word.length; i++) result.add(word.slice(0, i) + word.slice(i + 1));
	return result;
}

/**
 * Words of the vocabulary that share a one-letter deletion with `word`, or are one: every word one edit away
 * (insertion, deletion, substitution, swap) and many two edits away.
 */
function nearWords(word: string, known: ReadonlySet<string>, byDeletion: DeletionIndex): string[] {
	const found = new Set<string>(byDeletion.wordsWith(word));
	for (const d of deletions(word)) {
		if (known.has(d)) found.add(d);
		for (const w of byDeletion.wordsWith(d)) found.add(w);
	}
	found.delete(word);
	return [...found];
}

/** Short words are corrected only for swapped letters ("donw" → "down"): one other edit makes another word. */
function sameLetters(a: string, b: string): boolean {
	return [...a].sort().join('') === [...b].sort().join('');
}
/** Damerau–Levenshtein distance (adjacent transpositions count as one edit). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[] = new Array(rows * cols).fill(0);
	const at = (i: number, j: number) => d[i * cols + j] ?? 0;
	for (let i = 0; i < rows; i++) d[i * cols] = i;
	for (let j = 0; j < cols; j++) d[j] = j;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
			d[i * cols + j] = v;
		}
	}
	return at(a.length, b.length);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A misspelt word corrected to a stem of the reports' words when no word of theirs is close but exactly one stem is
 * one edit away ("condem" → "condemn", the stem of "condemned": a word cut short is two or three edits from every
 * form the reports use). `minLength` guards short words, which are one edit from too many stems.
 *
 * @example
 * correctToStem('condem', { has: (s) => s === 'condemn' }, 4, stem); // 'condemn'
 */
export function correctToStem(
	word: string,
	stems: { has(stem: string): boolean },
	minLength: number,
	stemOf: (word: string) => string,
	maxLength = Number.POSITIVE_INFINITY,
): string | undefined {
	if (word.length <= minLength || word.length > maxLength || /[^a-z]/.test(word)) return undefined;
	const found = new Set<string>();
	// Stems are looked up as they are, not stemmed: some 400 candidates, each a set lookup.
	const check = (candidate: string) => {
		if (stems.has(candidate)) found.add(candidate);
	};
	for (let i = 0; i <= word.length; i++) {
		const head = word.slice(0, i);
		const tail = word.slice(i);
		for (const letter of LETTERS) {
			check(head + letter + tail);
			if (tail) check(head + letter + tail.slice(1));
		}
		if (tail) check(head + tail.slice(1));
		if (tail.length > 1) check(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
	}
	found.delete(word);
	const only = found.size === 1 ? [...found][0] : undefined;
	return only !== undefined && stems.has(stemOf(only)) ? only : undefined;
}
