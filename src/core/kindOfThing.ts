import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { STOPWORDS, stem, type Token } from './tokenize.ts';

/** "What type of architecture…", "what kinds of grapes…": the thing whose kind is asked. */
const KIND_OF = /^\s*(?:what|which)\s+(?:type|kind|sort|form)s?\s+of\s+(?:an?\s+|the\s+)?([\p{L}-]+)/iu;
const PRONOUN = /^(?:i|he|she|it|we|they|you|who|which|that)$/;
/** The most words that may say the kind before the thing: "Methodist Episcopal Church", "early science-fiction". */
const MAX_MODIFIERS = 3;

/**
 * For "What type of architecture did Pugin consider Christian?", the thing as the sentence writes it with the words
 * before it that say its kind ("Gothic architecture"); undefined when the sentence writes the thing without them
 * ("the architecture") or not at all.
 *
 * @example
 * kindOfThing('What type of wine has more benefits?', 'Red wine may offer benefits.', tokenize('Red wine may offer benefits.'))?.text; // 'Red wine'
 */
export function kindOfThing(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	const thing = KIND_OF.exec(question)?.[1];
	if (!thing) return undefined;
	const asked = stem(thing.toLowerCase());
	for (const [at, token] of tokens.entries()) {
		if (token.stem !== asked) continue;
		let first = at;
		while (first > 0 && at - first < MAX_MODIFIERS && modifies(tokens, first - 1, sentence)) first--;
		const start = tokens[first]?.start ?? token.start;
		if (first < at) return { text: sentence.slice(start, token.end), start, end: token.end, typed: true };
	}
	return undefined;
}

/**
 * Whether token `i` may say the kind of the word after it: not a stop word nor the verb after a pronoun, and nothing
 * but a space or hyphen between.
 */
function modifies(tokens: readonly Token[], i: number, sentence: string): boolean {
	const token = tokens[i];
	const next = tokens[i + 1];
	if (!token || !next || STOPWORDS.has(token.word) || /\d/.test(token.word)) return false;
	// "he suffered anti-Semitic prejudice": the word after a pronoun is its verb.
	if (PRONOUN.test(tokens[i - 1]?.word ?? '')) return false;
	return /^[\s-]+$/.test(sentence.slice(token.end, next.start));
}
