import type { Token } from './tokenize.ts';

/** Verbs that only say the question asks for an event: "what happened", "when did it occur". */
const EVENT_VERBS = new Set(['happen', 'happened', 'happens', 'happening', 'occur', 'occurred', 'occurs', 'occurring']);
/** Adjectives that, right after "how", only say which measure is asked for: "how long", "how far". */
const MEASURES = new Set(['long', 'far', 'big', 'large', 'tall', 'high', 'old', 'fast', 'deep', 'wide', 'heavy']);
/** Nouns that only say the answer is a share or a sum: "what percentage", "how much money" ("52%", "$75"). */
const SHARES = new Set(['percentage', 'percent', 'money']);

/**
 * Whether the question's token at `at` only frames the question (an event verb, the measure of "how long", a share,
 * the "longer" of "no longer")
 * rather than naming what it is about. Such a word the reports never use says nothing of where the answer is.
 *
 * @example
 * isFrameWord(tokenize('How long was the truce?'), 1); // true
 */
export function isFrameWord(tokens: readonly Token[], at: number): boolean {
	const word = tokens[at]?.word ?? '';
	const after = tokens[at - 1]?.word;
	return (
		EVENT_VERBS.has(word) ||
		SHARES.has(word) ||
		(MEASURES.has(word) && after === 'how') ||
		(word === 'longer' && after === 'no')
	);
}

const HOW_LONG_LAST = /(\bhow\s+long\b.*)\blast(\s*[?!.]*)$/i;

/**
 * The question without the "last" that ends "How long did the walkout last?": there it is the verb of duration, not
 * the opposite of "first", nor a word the answer must hold.
 *
 * @example
 * withoutDurationVerb('How long did the walkout last?'); // 'How long did the walkout ?'
 */
export function withoutDurationVerb(question: string): string {
	return question.replace(HOW_LONG_LAST, '$1$2');
}
