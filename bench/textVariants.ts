/** Deterministic text variation for the benchmark corpora: seeded PRNG, invented names, renumbering. */

/** A seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Shuffles a copy of `items` with the given PRNG (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

const ONSETS = 'b c d f g h k l m n p r s t v z br dr gr kr st tr ch sh th'.split(' ');
const VOWELS = 'a e i o u ia ae ou ei'.split(' ');
const CODAS = ['', '', 'n', 'r', 'l', 'm', 'x', 'nd', 'rk', 'th'];

/**
 * Returns a function that invents a new capitalised name on each call, never the same twice and never one of
 * `reserved` (lowercased words already in the text), e.g. "Dravinor", "Kesta".
 */
export function createNameSource(random: () => number, reserved: ReadonlySet<string>): () => string {
	const used = new Set<string>();
	const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
	return () => {
		for (;;) {
			const syllables = 2 + Math.floor(random() * 2);
			let name = '';
			for (let i = 0; i < syllables; i++) name += pick(ONSETS) + pick(VOWELS);
			name += pick(CODAS);
			if (used.has(name) || reserved.has(name)) continue;
			used.add(name);
			return name.charAt(0).toUpperCase() + name.slice(1);
		}
	};
}

const WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]+(?![\p{L}\p{N}])/gu;
const NOT_NAMES = new Set(
	'I The A An He She It They We In On At Of Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December What Who Whom Whose When Where Which Why How'.split(
		' ',
	),
);

/**
 * Capitalised words that stand inside a sentence (not first after a sentence end), i.e. names, in the order first
 * seen; a plural or possessive-free form is kept once ("Normans" folds into "Norman" when both occur).
 */
export function findNames(paragraphs: readonly string[]): string[] {
	const seen = new Set<string>();
	for (const paragraph of paragraphs)
		for (const match of paragraph.matchAll(WORD)) {
			const before = paragraph.slice(0, match.index).trimEnd();
			if (!before || /[.!?]["'”’)]*$/.test(before) || /[“"(]$/.test(before)) continue;
			if (!NOT_NAMES.has(match[0])) seen.add(match[0]);
		}
	return [...seen].filter((w) => !(w.endsWith('s') && seen.has(w.slice(0, -1))));
}

/** How one copy of a text varies: names to new names, digit runs to other digit runs. */
export interface Variation {
	names: Map<string, string>;
	numbers: Map<string, string>;
}

/** Draws a Variation for a text: every name gets a fresh invented name, every number another of the same size. */
export function drawVariation(
	names: readonly string[],
	paragraphs: readonly string[],
	random: () => number,
	nextName: () => string,
): Variation {
	const numbers = new Map<string, string>();
	for (const paragraph of paragraphs)
		for (const [digits] of paragraph.matchAll(/\d+/g)) {
			if (numbers.has(digits)) continue;
			const n = Number(digits);
			const low = digits.length === 1 ? 1 : 10 ** (digits.length - 1);
			const high = digits.length === 4 && n >= 1000 && n < 2100 ? 2100 : 10 ** digits.length;
			const from = digits.length === 4 && n >= 1000 && n < 2100 ? 1000 : low;
			numbers.set(digits, String(from + Math.floor(random() * (high - from))));
		}
	return { names: new Map(names.map((n) => [n, nextName()])), numbers };
}

/** Applies a Variation to any text of the same copy (paragraph, question or gold answer), consistently. */
export function applyVariation(text: string, variation: Variation): string {
	const renamed = text.replace(WORD, (word) => {
		const direct = variation.names.get(word);
		if (direct) return direct;
		const base = word.endsWith('s') ? variation.names.get(word.slice(0, -1)) : undefined;
		return base ? `${base}s` : word;
	});
	return renamed.replace(/(\d+)(st|nd|rd|th)?\b/g, (whole, digits: string, ordinal?: string) => {
		const next = variation.numbers.get(digits);
		if (!next) return whole;
		return ordinal ? next + ordinalSuffix(Number(next)) : next;
	});
}

function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
