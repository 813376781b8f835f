import Fuse from 'fuse.js';

/**
 * Builds a corrector that maps a misspelt word to the closest word of the reports' vocabulary,
 * or returns undefined when nothing is close enough (at most one edit for short words, two for long ones).
 *
 * @example
 * const correct = createTypoCorrector(new Set(['drones', 'missiles']));
 * correct('dornes'); // 'drones'
 */
export function createTypoCorrector(vocabulary: Iterable<string>): (word: string) => string | undefined {
	// Words grouped by first letter and length: a typo seldom changes the first letter, and one or two edits change
	// the length by at most two, so each search looks at a few small groups instead of the whole vocabulary.
	const groups = new Map<string, string[]>();
	for (const w of vocabulary) {
		if (w.length < 4 || /\d/.test(w)) continue;
		const key = `${w[0]}${w.length}`;
		const group = groups.get(key);
		if (group) group.push(w);
		else groups.set(key, [w]);
	}
	const indexes = new Map<string, Fuse<string>>();
	const indexOf = (key: string) => {
		const words = groups.get(key);
		if (!words) return undefined;
		let fuse = indexes.get(key);
		if (!fuse) {
			fuse = new Fuse(words, { threshold: 0.34, ignoreLocation: true, includeScore: true });
			indexes.set(key, fuse);
		}
		return fuse;
	};
	const cache = new Map<string, string | undefined>();
	return (word) => {
		if (word.length < 4 || /\d/.test(word)) return undefined;
		if (cache.has(word)) return cache.get(word);
		const allowed = word.length <= 6 ? 1 : 2;
		const hits: { item: string; score: number; distance: number }[] = [];
		const search = (first: string) => {
			for (let length = word.length - allowed; length <= word.length + allowed; length++) {
				for (const hit of indexOf(`${first}${length}`)?.search(word, { limit: 5 }) ?? []) {
					const distance = editDistance(word, hit.item);
					if (distance <= allowed && (word.length > 4 || sameLetters(word, hit.item))) {
						hits.push({ item: hit.item, score: hit.score ?? 1, distance });
					}
				}
			}
		};
		search(word[0] ?? '');
		hits.sort((a, b) => a.distance - b.distance || a.score - b.score || a.item.localeCompare(b.item));
		const best = hits[0]?.item;
		if (cache.size > 10_000) cache.clear();
		cache.set(word, best);
		return best;
	};
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
