import { stem } from './tokenize.ts';
import { ABBREVIATIONS, SYNONYM_GROUPS } from './vocabulary.ts';

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

/**
 * The stems of the words a common abbreviation stands for (ABBREVIATIONS); [] for other words.
 *
 * @example
 * abbreviationStems('ceo'); // ['chief', 'execut']
 */
export function abbreviationStems(word: string): readonly string[] {
	const words = Object.hasOwn(ABBREVIATIONS, word) ? ABBREVIATIONS[word] : undefined;
	return words ? words.split(' ').map((w) => stem(w)) : [];
}
