import type { Mention } from './findMentions.ts';
import { nearestToAsked } from './nearestToAsked.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/** "What percentage of…", "what share of…", "what proportion…": the question asks for a share. */
const ASKS_SHARE = /^\s*(?:what|which)\s+(?:percentage|percent|per\s+cent|share|proportion|fraction\b|%)/i;
const SHARE = /%|\bper ?cent\b/i;

/**
 * For "What percentage of … ?", the share a sentence gives nearest the question's other words ("67 percent of those
 * taking the pill" for "what percentage of kids on the pill…", not "9 percent of those given a placebo"); null when
 * it gives none (another candidate may), undefined for other questions.
 *
 * @example
 * askedShare('What percentage voted?', sentence, mentions, tokens, asked)?.text; // '54 percent'
 */
export function askedShare(
	question: string,
	sentence: string,
	mentions: readonly Mention[],
	tokens: readonly Token[],
	asked: ReadonlySet<string>,
): AnswerPhrase | null | undefined {
	if (!ASKS_SHARE.test(question)) return undefined;
	const shares = mentions.filter((m) => m.type === 'number' && SHARE.test(m.text));
	if (shares.length === 0) return null;
	const best = nearestToAsked(sentence, shares, tokens, asked);
	if (!best) return null;
	return { text: best.text, start: best.start, end: best.end, typed: true };
}
