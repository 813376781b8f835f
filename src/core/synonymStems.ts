import { stem } from './tokenize.ts';
import { SYNONYM_GROUPS } from './vocabulary.ts';

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
	const stems = [...new Set(group.map((w) => stem(w)))];
	for (const s of stems) SYNONYMS.set(s, [...new Set([...(SYNONYMS.get(s) ?? []), ...stems.filter((o) => o !== s)])]);
}

/**
 * The stems of a stem's synonyms (SYNONYM_GROUPS), itself left out.
 *
 * @example
 * synonymStems(stem('kids')); // ['child']
 */
export function synonymStems(word: string): readonly string[] {
	return SYNONYMS.get(word) ?? [];
}
