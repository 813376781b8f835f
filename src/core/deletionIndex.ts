/**
 * Every word of a list filed under each of its one-letter deletions ("drones" under "rones", "dones", "drnes"…), as
 * a hash table in two typed arrays instead of a map of strings: a deletion's bucket lists the words that may have
 * it, and lookups check that they do. Hashing skips the deleted letter, so no deletion string is made.
 */
export interface DeletionIndex {
	/** The words that have `deletion` as a one-letter deletion. */
	wordsWith(deletion: string): string[];
}

/** FNV-1a over the word's letters, leaving out the one at `skip` (-1 for none). */
function hash(word: string, skip: number): number {
	let h = 2166136261;
	for (let i = 0; i < word.length; i++) if (i !== skip) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** Whether leaving one letter out of `word` gives `deletion`. */
function hasDeletion(word: string, deletion: string): boolean {
	if (word.length !== deletion.length + 1) return false;
	let i = 0;
	while (i < deletion.length && word.charCodeAt(i) === deletion.charCodeAt(i)) i++;
	return word.slice(i + 1) === deletion.slice(i);
}

/**
 * Builds the index over `words`: the hash of every distinct deletion of every word, then a counting sort of the
 * word ids by bucket.
 *
 * @example
 * createDeletionIndex(['drones', 'dines']).wordsWith('dones'); // ['drones']
 */
export function createDeletionIndex(words: readonly string[]): DeletionIndex {
	return deletionIndexOver(words, buildDeletionTable(words));
}

/**
 * The index's two arrays, for `words` in this order (the cache keeps them, so a start-up need not file the
 * deletions again): the word ids of bucket b are ids[offsets[b]] up to ids[offsets[b + 1]].
 */
export interface DeletionTable {
	offsets: Uint32Array;
	ids: Uint32Array;
}

/** Whether a table read back from a cache can belong to a list of `words` words (else it is built again). */
export function fitsWords(table: DeletionTable, words: number): boolean {
	const size = table.offsets.length - 1;
	return (
		size > 0 &&
		(size & (size - 1)) === 0 &&
		table.offsets[size] === table.ids.length &&
		table.offsets.every((o, b) => b === 0 || o >= (table.offsets[b - 1] ?? 0)) &&
		table.ids.every((id) => id < words)
	);
}

/** Files every distinct one-letter deletion of every word (see createDeletionIndex). */
export function buildDeletionTable(words: readonly string[]): DeletionTable {
	let pairs = 0;
	for (const word of words) pairs += word.length;
	let hashes = new Uint32Array(pairs);
	let owners = new Uint32Array(pairs);
	pairs = 0;
	for (let w = 0; w < words.length; w++) {
		const word = words[w] ?? '';
		let prefix = 2166136261;
		for (let i = 0; i < word.length; i++) {
			// Leaving out any letter of a run of equal letters gives the same word: once per run.
			if (i === 0 || word.charCodeAt(i) !== word.charCodeAt(i - 1)) {
				let h = prefix;
				for (let j = i + 1; j < word.length; j++) h = Math.imul(h ^ word.charCodeAt(j), 16777619);
				hashes[pairs] = h >>> 0;
				owners[pairs++] = w;
			}
			prefix = Math.imul(prefix ^ word.charCodeAt(i), 16777619);
		}
	}
	hashes = hashes.subarray(0, pairs);
	owners = owners.subarray(0, pairs);
	let size = 1;
	while (size < pairs) size *= 2;
	const mask = size - 1;
	const offsets = new Uint32Array(size + 1);
	for (const h of hashes) offsets[(h & mask) + 1] = (offsets[(h & mask) + 1] ?? 0) + 1;
	for (let b = 0; b < size; b++) offsets[b + 1] = (offsets[b + 1] ?? 0) + (offsets[b] ?? 0);
	const next = offsets.slice(0, size);
	const ids = new Uint32Array(pairs);
	for (let k = 0; k < pairs; k++) {
		const b = (hashes[k] ?? 0) & mask;
		ids[next[b] ?? 0] = owners[k] ?? 0;
		next[b] = (next[b] ?? 0) + 1;
	}
	return { offsets, ids };
}

/** The index over `words` with a table built for them. */
export function deletionIndexOver(words: readonly string[], { offsets, ids }: DeletionTable): DeletionIndex {
	const mask = offsets.length - 2;
	return {
		wordsWith(deletion) {
			const b = hash(deletion, -1) & mask;
			const found: string[] = [];
			for (let k = offsets[b] ?? 0; k < (offsets[b + 1] ?? 0); k++) {
				const word = words[ids[k] ?? 0] ?? '';
				if (hasDeletion(word, deletion) && !found.includes(word)) found.push(word);
			}
			return found;
		},
	};
}
