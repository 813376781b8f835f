import type { Token } from './tokenize.ts';

/** The index of the first token that starts at or after `offset` (tokens sorted by start). */
export function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
	let low = 0;
	let high = tokens.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((tokens[middle] as Token).start < offset) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Where each comma- or semicolon-bounded clause of a sentence starts, up to offset `upTo` (bounded work). */
export function clauseStarts(sentence: string, upTo: number): number[] {
	const starts = [0];
	for (const m of sentence.slice(0, upTo + 1).matchAll(/[,;:]\s/g)) starts.push(m.index + 1);
	return starts;
}

/** The clause (see clauseStarts) that holds `offset`, by binary search. */
export function clauseOf(starts: readonly number[], offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >>> 1;
		if ((starts[middle] as number) <= offset) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** The distance from `point` to the nearest of `anchors` (sorted), by binary search. */
export function nearest(anchors: readonly number[], point: number): number {
	let low = 0;
	let high = anchors.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((anchors[middle] as number) < point) low = middle + 1;
		else high = middle;
	}
	const after = anchors[low] ?? Number.POSITIVE_INFINITY;
	const before = anchors[low - 1] ?? Number.NEGATIVE_INFINITY;
	return Math.min(after - point, point - before);
}
