import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { stem, type Token } from './tokenize.ts';

/** Things told by their place in an order: "which lap", "what round", "what was her world ranking". */
const ORDERED =
	'lap|laps|round|stage|rank|ranking|ranked|seed|seeded|seeding|floor|hole|inning|leg|heat|attempt|edition';
const ASKS_ORDINAL = new RegExp(
	`\\b(?:which|what)\\s+(?:[\\p{L}-]+\\s+)?(${ORDERED})\\b|\\bwhat(?:['’]?s|\\s+(?:was|is|were))\\s+(?:his|her|their|its|[\\p{L}-]+['’]s?)\\s+(?:[\\p{L}-]+\\s+)?(${ORDERED}|position|place)\\b|\\b(?:what|which)\\s+(?:place|position)\\s+did\\s+.*\\b(finish|come|end|take)\\b`,
	'iu',
);
/** A place in an order, in figures or words ("31st", "third"); not "last" or "final", which say more than that. */
const ORDINAL =
	/^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)$/iu;
/** How many words apart an ordinal and the thing asked may stand: "the third of six laps", "ranked 31st". */
const MAX_GAP = 3;

/**
 * For "which lap did she crash on" of "crashed on the third of six laps", the place in the order asked ("third"): the
 * ordinal nearest the word of the thing asked ("laps", "ranked" for "ranking", "place" for "what place did she
 * finish"); undefined when the question asks no such place or the sentence gives none beside that word.
 *
 * @example
 * askedOrdinal('what was her world ranking', 'She was ranked 31st in the world.', tokenize('…'))?.text; // '31st'
 */
export function askedOrdinal(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	const found = ASKS_ORDINAL.exec(question);
	const word = (found?.[1] ?? found?.[2] ?? (found?.[3] ? 'place' : undefined))?.toLowerCase();
	if (!word) return undefined;
	const asked = new Set([stem(word), ...(word === 'place' || word === 'position' ? ['place', 'posit'] : [])]);
	let best: { token: Token; gap: number } | undefined;
	for (const [at, token] of tokens.entries()) {
		if (!asked.has(token.stem)) continue;
		for (let other = Math.max(0, at - MAX_GAP); other <= Math.min(tokens.length - 1, at + MAX_GAP); other++) {
			const candidate = tokens[other];
			if (!candidate || !ORDINAL.test(candidate.word)) continue;
			const gap = Math.abs(other - at);
			if (!best || gap < best.gap) best = { token: candidate, gap };
		}
	}
	if (!best) return undefined;
	const { start, end } = best.token;
	return { text: sentence.slice(start, end), start, end, typed: true };
}
