import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** Characters of a sentence the linking-verb rules read: the rest of a very long sentence is not searched. */
export const COPULA_CHARS = 600;
/** The most words a short answer takes; a definition ("What is an alloy?") may take up to DEFINITION_WORDS. */
const MOST_WORDS = 8;
export const DEFINITION_WORDS = 16;
/** Words that link a clause to the one before, not part of the thing: "but", "then", "moreover". */
const LEADING_LINK =
	/^\s*(?:(?:but|and|so|yet|then|thus|moreover|however|also|finally|additionally|therefore)\b,?\s*)*/iu;
/** Words that report what follows: "Police said nothing was stolen" has "nothing" for its subject. */
const REPORTED = /^.*\b(?:said|says|say|reported|added|announced|stated|claimed|confirmed|told\s+\S+)\s+(?:that\s+)?/iu;
/** A time or place a clause opens with, before its subject: "In 1850 a church…", "On Monday the mayor…". */
const OPENING = /^(?:in|on|at|by|during|after|before|since|until)\s+[\p{L}\d]+(?:\s+\d+)?,?\s+(?=\p{L})/iu;

/**
 * Where the clause holding position `at` starts: after the last comma, semicolon or colon before it, or before a
 * relative clause put in ("Barley water, which farmers drank for centuries, is…").
 */
export function clauseStart(quote: string, at: number): number {
	const before = quote.slice(0, at);
	const relative = /,\s(?:which|who|whose)\s[^,]*,?\s*$/u.exec(before);
	if (relative) return clauseStart(quote, relative.index);
	const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '));
	return cut < 0 ? 0 : cut + 2;
}

/** The subject a clause gives before its verb: reported words, an opening time or place and a clause put in left out. */
export function subjectPhrase(quote: string, from: number, text: string): AnswerPhrase | undefined {
	const own = (text.split(/,\s(?:which|who|whose)\s/u)[0] ?? '').replace(REPORTED, '').replace(OPENING, '');
	// "these functions are limited to what": a clause, not a subject.
	if (/\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could|may|might)\b/iu.test(own)) return undefined;
	return phraseAt(quote, from, own);
}

/** `text` as a phrase of the sentence, found from `from` on, links and closing punctuation left out; none if long. */
export function phraseAt(quote: string, from: number, text: string, most = MOST_WORDS): AnswerPhrase | undefined {
	const trimmed = text.replace(LEADING_LINK, '').replace(/[\s,;:.]+$/u, '');
	const words = trimmed.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > most) return undefined;
	const start = quote.indexOf(trimmed, from);
	return start < 0 ? undefined : { text: trimmed, start, end: start + trimmed.length, typed: true };
}
