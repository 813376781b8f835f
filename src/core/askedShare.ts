import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/** "What percentage of…", "what share of…", "what proportion…": the question asks for a share. */
const ASKS_SHARE = /^\s*(?:what|which)\s+(?:percentage|percent|per\s+cent|share|proportion|fraction)\b/i;
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
	const words = tokens.filter((t) => asked.has(t.stem));
	// Whose share is asked ("did Paz get") weighs more than what it is of ("of the vote"), which both may share.
	const named = new Set((question.match(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).map((n) => n.toLowerCase()));
	const names = words.filter((t) => named.has(t.word));
	const anchors = names.length ? names : words;
	const gap = (t: Token, m: Mention) => (t.start >= m.end ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0);
	const distance = (m: Mention) => Math.min(Number.MAX_SAFE_INTEGER, ...anchors.map((t) => gap(t, m)));
	// The share in the clause that holds most of the question's words, then the one nearest them.
	const bounds = [0, ...[...sentence.matchAll(/[,;:]\s/gu)].map((b) => b.index), sentence.length];
	const clause = (at: number) => bounds.findIndex((b) => b > at);
	const inClause = (m: Mention) => words.filter((t) => clause(t.start) === clause(m.start)).length;
	const score = (m: Mention) => inClause(m) * sentence.length - distance(m);
	const best = shares.reduce((a, b) => (score(b) > score(a) ? b : a));
	return { text: best.text, start: best.start, end: best.end, typed: true };
}
