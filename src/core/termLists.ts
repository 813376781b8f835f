import { GrowableUint32 } from './GrowableArray.ts';

/** Terms of each item (sentence, paragraph, report): item i's are at offsets[i] up to offsets[i + 1]. */
export interface TermLists {
	offsets: Uint32Array;
	ids: Uint32Array;
	counts: Uint32Array;
}

/**
 * Postings in compressed-row form: the items (sentence, paragraph or report indexes, ascending) that term t occurs
 * in are at[offsets[t]] up to at[offsets[t + 1]], with its counts there; their number is the document frequency.
 */
export interface Postings {
	offsets: Uint32Array;
	at: Uint32Array;
	count: Uint32Array;
}

/**
 * The term lists of groups of consecutive items (the paragraphs of sentences, the reports of paragraphs): group g
 * holds items groups[g] up to groups[g + 1]; terms in the order they first occur, counts summed.
 *
 * @example
 * mergeLists(sentenceLists, paragraphSentences, terms.length); // each paragraph's terms
 */
export function mergeLists(lists: TermLists, groups: Uint32Array, termCount: number): TermLists {
	const ids = new GrowableUint32(Math.max(1024, lists.ids.length));
	const counts = new GrowableUint32(Math.max(1024, lists.ids.length));
	const offsets = new Uint32Array(groups.length);
	const where = new Uint32Array(termCount);
	const stamp = new Uint32Array(termCount);
	for (let g = 0; g + 1 < groups.length; g++) {
		const first = ids.length;
		for (let item = groups[g] ?? 0; item < (groups[g + 1] ?? 0); item++)
			for (let k = lists.offsets[item] ?? 0; k < (lists.offsets[item + 1] ?? 0); k++) {
				const term = lists.ids[k] ?? 0;
				const count = lists.counts[k] ?? 0;
				if (stamp[term] === g + 1) {
					const at = first + (where[term] ?? 0);
					counts.set(at, counts.at(at) + count);
				} else {
					stamp[term] = g + 1;
					where[term] = ids.length - first;
					ids.push(term);
					counts.push(count);
				}
			}
		offsets[g + 1] = ids.length;
	}
	return { offsets, ids: ids.toArray(), counts: counts.toArray() };
}

/**
 * Turns per-item term lists into per-term postings (items ascending), by counting sort: two passes, no objects.
 *
 * @example
 * invertLists(sentenceLists, terms.length).offsets; // df of term t: offsets[t + 1] - offsets[t]
 */
export function invertLists(lists: TermLists, termCount: number): Postings {
	const offsets = new Uint32Array(termCount + 1);
	for (const term of lists.ids) offsets[term + 1] = (offsets[term + 1] ?? 0) + 1;
	for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
	const next = offsets.slice(0, termCount);
	const at = new Uint32Array(lists.ids.length);
	const count = new Uint32Array(lists.ids.length);
	for (let item = 0; item + 1 < lists.offsets.length; item++)
		for (let k = lists.offsets[item] ?? 0; k < (lists.offsets[item + 1] ?? 0); k++) {
			const term = lists.ids[k] ?? 0;
			const slot = next[term] ?? 0;
			next[term] = slot + 1;
			at[slot] = item;
			count[slot] = lists.counts[k] ?? 0;
		}
	return { offsets, at, count };
}
