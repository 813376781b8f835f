/**
 * Questions without an answer made from answerable ones the way SQuAD 2.0's writers made theirs: a name, number or
 * year swapped for another of the same kind from the same article (one the question's paragraph never mentions), a
 * negation inserted, a word swapped for its antonym; and, like the questions members ask of a news report that it
 * does not answer, a question turned to ask for a kind of answer (a count, a date) its paragraph does not hold.
 */
import { ANTONYMS, NUMBER_WORDS } from '../../src/core/vocabulary.ts';
import type { SquadArticle } from './squadData.ts';

/** How a question was edited; each edit leaves it without an answer in its article (as far as rules can tell). */
export type Edit = 'swap' | 'negate' | 'antonym' | 'retype';

const NAME = /\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+|de\s+|the\s+)?\p{Lu}[\p{L}'’-]+)*/gu;
const NUMBER = /\b\d[\d,.]*\b/g;
const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
const AUXILIARY = /\b(did|does|do|is|was|are|were|can|could|has|have|had|will|would|should|may|might)\b/i;
const ANTONYM = new Map(ANTONYMS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
/** Opposite words, both ways: a larger list than the engine's own (training gives WordNet's). */
export type Opposites = ReadonlyMap<string, readonly string[]>;

/** Reads "a b" pairs, one a line, into a table of opposite words both ways. */
export function oppositesOf(pairs: string): Opposites {
	const table = new Map<string, string[]>();
	for (const line of pairs.split('\n')) {
		const [a, b] = line.split(' ');
		if (!a || !b) continue;
		table.set(a, [...(table.get(a) ?? []), b]);
		table.set(b, [...(table.get(b) ?? []), a]);
	}
	return table;
}
/** New openings for a question whose paragraph holds no figure: they ask for one. */
const ASKS_FIGURE = /^(how (many|much|long|old)|when|(in )?what (year|percentage))\b/i;
const FIGURE_OPENINGS = ['How many', 'How much', 'In what year', 'When', 'How long', 'What percentage of'];

/**
 * One edit of `question` (asked of paragraph `paragraph` of `article`) that leaves it without an answer, or undefined
 * when no edit of that kind applies. `random` picks among the possible edits; `opposites`, when given, replaces the
 * engine's antonym list.
 */
export function editQuestion(
	question: string,
	article: SquadArticle,
	paragraph: number,
	edit: Edit,
	random: () => number,
	opposites?: Opposites,
): string | undefined {
	const context = article.paragraphs[paragraph]?.context ?? '';
	const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
	if (edit === 'swap') {
		const words: string[] = question.toLowerCase().match(/\p{L}+/gu) ?? [];
		const inWords = NUMBER_WORDS.filter((w) => words.includes(w));
		const found = [...names(question.slice(1)), ...(question.match(NUMBER) ?? []), ...inWords];
		const target = pick(found);
		if (!target) return undefined;
		if (inWords.includes(target)) {
			const other = pick(NUMBER_WORDS.filter((w) => w !== target && !words.includes(w)));
			return other && question.replace(new RegExp(`\\b${target}\\b`, 'i'), other);
		}
		const { numbers, named } = articleEntities(article);
		const pool = /\d/.test(target) ? numbers.filter((n) => YEAR.test(n) === YEAR.test(target)) : named;
		const others = pool.filter((o) => o !== target && !context.includes(o) && !question.includes(o));
		const other = pick(others);
		return other === undefined ? undefined : question.replace(target, other);
	}
	if (edit === 'negate') {
		const match = AUXILIARY.exec(question);
		if (!match) return undefined;
		const at = match.index + match[0].length;
		return `${question.slice(0, at)} ${random() < 0.7 ? 'not' : 'never'}${question.slice(at)}`;
	}
	if (edit === 'antonym') {
		const words = question.split(/(\s+)/);
		const bare = (w: string) => w.replace(/[^\p{L}]+$/u, '').toLowerCase();
		// From a larger list, only an opposite the paragraph never uses: "first" for "last" where it tells of both answers.
		const said = new Set(context.toLowerCase().match(/\p{L}+/gu) ?? []);
		const choices = (w: string) => (opposites?.get(w) ?? []).filter((o) => !said.has(o));
		const opposite = (w: string) => (opposites ? pick(choices(w)) : ANTONYM.get(w));
		const at = words
			.map((w, i) => ((opposites ? choices(bare(w)).length > 0 : ANTONYM.has(bare(w))) ? i : -1))
			.filter((i) => i >= 0);
		const i = pick(at);
		if (i === undefined) return undefined;
		const word = words[i] ?? '';
		words[i] = (opposite(bare(word)) ?? '') + word.slice(bare(word).length);
		return words.join('');
	}
	if (/\d/.test(context) || ASKS_FIGURE.test(question)) return undefined;
	const opening = /^(what|which|who|whom|where|why|how)\b(\s+(is|was|are|were|did|does|do|has|had|can)\b)?/i.exec(
		question,
	);
	const chosen = pick(FIGURE_OPENINGS);
	if (!opening || !chosen) return undefined;
	const aux = opening[3] ?? 'did';
	return `${chosen} ${aux}${question.slice(opening[0].length)}`;
}

const entities = new WeakMap<SquadArticle, { numbers: string[]; named: string[] }>();

/** The distinct numbers and names of an article (computed once per article). */
function articleEntities(article: SquadArticle): { numbers: string[]; named: string[] } {
	const known = entities.get(article);
	if (known) return known;
	const text = article.paragraphs.map((p) => p.context).join('\n');
	const found = { numbers: [...new Set(text.match(NUMBER) ?? [])], named: [...new Set(names(text))] };
	entities.set(article, found);
	return found;
}

/** Capitalised names (runs of capitalised words) in a text, less leading words the text also writes in lowercase
 * and the word that opens a sentence. */
function names(text: string): string[] {
	const lower = new Set(text.match(/(?<=\s)\p{Ll}[\p{L}'’-]*/gu) ?? []);
	const common = (word: string) => lower.has(word.toLowerCase());
	return [...text.matchAll(NAME)]
		.map((match) => {
			const words = match[0].split(/\s+/);
			if (match.index === 0 || /[.!?]["”’]?\s+$/.test(text.slice(Math.max(0, match.index - 3), match.index)))
				words.shift();
			while (words.length > 0 && common(words[0] ?? '')) words.shift();
			return words.join(' ').replace(/['’]+$/, '');
		})
		.filter((n) => n.length > 2 && !/^(of|de|the)\b/.test(n));
}

const FILLERS = ['yo', 'hey', 'so', 'ok'];
const TAILS = [' lol', ' pls', '', ''];

/**
 * A question as members type in chat: sometimes all lowercase, a letter dropped from a long word, a filler word in
 * front or after, the question mark left out. The answer stays the same.
 */
export function chatStyle(question: string, random: () => number): string {
	let text = question;
	if (random() < 0.5) {
		const words = text.split(' ');
		const long = words.map((w, i) => (/^\p{L}{6,}$/u.test(w) ? i : -1)).filter((i) => i >= 0);
		const i = long[Math.floor(random() * long.length)];
		const word = i === undefined ? '' : (words[i] ?? '');
		if (i !== undefined) {
			const at = 1 + Math.floor(random() * (word.length - 2));
			words[i] = word.slice(0, at) + word.slice(at + 1);
		}
		text = words.join(' ');
	}
	if (random() < 0.4) text = text.toLowerCase();
	if (random() < 0.3) text = `${FILLERS[Math.floor(random() * FILLERS.length)]} ${text}`;
	if (random() < 0.3) text = text.replace(/\?$/, '') + (TAILS[Math.floor(random() * TAILS.length)] ?? '');
	return text;
}
