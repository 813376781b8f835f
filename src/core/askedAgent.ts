import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { synonymStems } from './synonymStems.ts';
import { stem, type Token } from './tokenize.ts';

/** "What sparked the fire?", "what destroyed the bridge": a question asking what did something, by its past verb. */
const WHAT_DID_IT = /^\s*what\s+(\p{Ll}+ed)\b/u;
/** The agent after the verb: "sparked by lightning", up to a comma, a full stop or a word that starts a new part. */
const BY_AGENT =
	/\s+by\s+((?:(?!(?:on|in|at|since|after|before|during|and|while|when|which|who|that|but|last|this)\b)[\p{L}\d'’-]+\s*){1,6})/uy;

/**
 * For "What <verb>ed X?", the agent a sentence gives that verb (or a synonym) in the passive: "lightning" in "the fire, which was
 * sparked by lightning on Monday" for "What sparked the fire?"; none when the sentence does not say who or what.
 *
 * @example
 * const sentence = 'It was sparked by lightning on Monday.';
 * askedAgent('What sparked the fire?', sentence, tokenize(sentence))?.text; // 'lightning'
 */
export function askedAgent(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	const verb = WHAT_DID_IT.exec(question.toLowerCase())?.[1];
	if (!verb) return undefined;
	const wanted = new Set([stem(verb), ...synonymStems(stem(verb))]);
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!wanted.has(token.stem)) continue;
		BY_AGENT.lastIndex = token.end;
		const agent = BY_AGENT.exec(sentence);
		const text = agent?.[1]?.trim();
		if (!agent || !text) continue;
		const start = agent.index + agent[0].indexOf(text);
		return { text, start, end: start + text.length, typed: true };
	}
	return undefined;
}
