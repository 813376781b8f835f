import { stem } from './tokenize.ts';

/** A word of letters written closed up, long enough to be a compound ("halftime", "ebike"). */
const CLOSED = /(?<![\p{L}\d'’-])\p{L}{5,}(?![\p{L}\d-])/gu;

/**
 * The question with each word the reports never write, but write with a hyphen inside ("halftime" as "half-time",
 * "pileup" as "pile-up", "ebike" as "e-bike"), written as the reports write it.
 *
 * @example
 * hyphenClosedWords('what was the score at halftime', new Set(['half-tim'])); // 'what was the score at half-time'
 */
export function hyphenClosedWords(text: string, known: { has(stem: string): boolean }): string {
	return text.replace(CLOSED, (word) => {
		const lower = word.toLowerCase();
		if (known.has(stem(lower))) return word;
		for (let at = 1; at < word.length - 1; at++) {
			const hyphened = `${lower.slice(0, at)}-${lower.slice(at)}`;
			if (known.has(stem(hyphened))) return `${word.slice(0, at)}-${word.slice(at)}`;
		}
		return word;
	});
}
