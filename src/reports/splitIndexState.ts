import { INDEX_STATE_VERSION, type IndexState } from '../core/IndexState.ts';

const LISTS = ['reports', 'words', 'stems', 'sentences', 'mentions', 'facts'] as const;

/**
 * Cuts an index state into `parts` states holding consecutive slices of its lists (the quotes go with the first),
 * so it can be posted between threads a part at a time: each part is cheap to receive. appendIndexState puts
 * them back together, in order.
 *
 * @example
 * const parts = splitIndexState(state, 4);
 * const whole = emptyIndexState();
 * for (const part of parts) appendIndexState(whole, part); // equal to state
 */
export function splitIndexState(state: IndexState, parts: number): IndexState[] {
	const count = Math.max(1, Math.floor(parts));
	return Array.from({ length: count }, (_, i) => {
		const part = emptyIndexState();
		part.version = state.version;
		for (const list of LISTS) {
			const length = state[list].length;
			const from = Math.floor((i * length) / count);
			const to = Math.floor(((i + 1) * length) / count);
			(part[list] as unknown[]) = state[list].slice(from, to);
		}
		if (i === 0) part.quotes = state.quotes;
		return part;
	});
}

/** An index state with nothing in it yet, to append parts to. */
export function emptyIndexState(): IndexState {
	return {
		version: INDEX_STATE_VERSION,
		reports: [],
		words: [],
		stems: [],
		sentences: [],
		quotes: {},
		mentions: [],
		facts: [],
	};
}

/** Appends the lists and quotes of `part` to `whole` (see splitIndexState). */
export function appendIndexState(whole: IndexState, part: IndexState): void {
	whole.version = part.version;
	for (const list of LISTS) for (const item of part[list]) (whole[list] as unknown[]).push(item);
	Object.assign(whole.quotes, part.quotes);
}
