import { stem } from './tokenize.ts';
import { ABBREVIATIONS, ONE_WAY_SYNONYMS, PHRASAL_SYNONYMS, SYNONYM_GROUPS } from './vocabulary.ts';

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
	const stems = [...new Set(group.map((w) => stem(w)))];
	for (const s of stems) SYNONYMS.set(s, [...new Set([...(SYNONYMS.get(s) ?? []), ...stems.filter((o) => o !== s)])]);
}

for (const [word, others] of Object.entries(ONE_WAY_SYNONYMS)) {
	const from = stem(word);
	const stems = others.map((o) => stem(o)).filter((o) => o !== from);
	SYNONYMS.set(from, [...new Set([...(SYNONYMS.get(from) ?? []), ...stems])]);
}

const PHRASAL = new Map<string, string[]>();
for (const [phrase, others] of Object.entries(PHRASAL_SYNONYMS)) {
	const [verb = '', particle = ''] = phrase.split(' ');
	const key = `${stem(verb)} ${particle}`;
	PHRASAL.set(key, [...new Set([...(PHRASAL.get(key) ?? []), ...others.map((o) => stem(o))])]);
}

/**
 * The stems a verb's stem and the particle after it may be written as (PHRASAL_SYNONYMS); [] for other pairs.
 *
 * @example
 * phrasalStems(stem('went'), 'up'); // ['rise', 'rose', 'increas', 'climb']
 */
export function phrasalStems(verb: string, particle: string): readonly string[] {
	return PHRASAL.get(`${verb} ${particle}`) ?? [];
}

/**
 * The stems of a stem's synonyms (SYNONYM_GROUPS, and ONE_WAY_SYNONYMS from it), itself left out.
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
