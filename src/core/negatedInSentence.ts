import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems, type Token } from './tokenize.ts';

/** A negation in the question itself ("refusing to pay" too): then a negated sentence may be the one that answers. */
const NEGATION =
	/\b(?:not|never|no\s+longer|neither|nor|didnt|doesnt|dont|isnt|wasnt|werent|arent|wont|cant|couldnt|wouldnt|hasnt|havent|hadnt|refus\w*|unwilling|reluctant|(?:declin|fail)\w*\s+to)\b|n['’]t\b/i;
/** A yes-or-no question ("does he have to pay tax?"), which a negated sentence answers: "no". */
const YES_OR_NO = /^\s*(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|had|must|may|might)\b/i;
/**
 * A negation right before a word, or before an article or auxiliary and the word: "will not return", "is not a
 * member", "has never been"; so not a hedge ("not necessarily binding") nor "did not disclose passenger figures",
 * where the negation is of another word.
 */
const NEGATED_BEFORE =
	/(?:(?:\b(?:not|never)|n['’]t|\bno\s+longer)\s+(?:(?:a|an|the|be|been|being|have|had|ever|to|get|got)\s+)?|\b(?:had\s+(?:hoped|wanted|planned|sought|tried|intended)|failed|(?:was|were)\s+unable)\s+to\s+)$/iu;
/**
 * Any negation NEGATED_BEFORE may find: a sentence without one negates nothing (the question need not be read). A
 * deed someone "had hoped to" do, "failed to" do or "was unable to" do is one they did not do.
 */
const ANY_NEGATION =
	/\b(?:not|never)\b|n['’]t\b|\bno\s+longer\b|\bhad\s+(?:hoped|wanted|planned|sought|tried|intended)\s+to\b|\bfailed\s+to\b|\bunable\s+to\b/i;
/** "until" or "before" soon after a negated word, which then happens after all: "did not open until 2009". */
const UNTIL_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:until|till|before)\b/iu;
/** How far before a word its negation is looked for. */
const NEGATION_CHARS = 30;

/**
 * A word of the question that the sentence writes only negated ("Who will return to direct the next film?" of "Sam
 * Mendes has stated he will not return to direct the next film"): the sentence says the contrary of what is asked.
 * Undefined when the question negates itself or asks yes or no (a negated sentence answers "no"), or when each of its words the sentence writes stands once without a
 * negation ("not only", "did not open until 2009" negate nothing). `tokens` are the sentence's.
 *
 * @example
 * negatedInSentence('who will return', 'Mendes said he will not return.', tokenize('Mendes said he will not return.')); // 'return'
 */
export function negatedInSentence(question: string, sentence: string, tokens: readonly Token[]): string | undefined {
	if (!ANY_NEGATION.test(sentence) || NEGATION.test(question) || YES_OR_NO.test(question)) return undefined;
	const asked = new Set(contentStems(question));
	const negated = new Map<string, boolean>();
	for (const token of tokens.slice(0, SENTENCE_LIMITS.tokens)) {
		if (!asked.has(token.stem) || negated.get(token.stem) === false) continue;
		const before = sentence.slice(Math.max(0, token.start - NEGATION_CHARS), token.start);
		// "did not open until 2009": it opened, then.
		const until = UNTIL_AFTER.test(sentence.slice(token.end, token.end + NEGATION_CHARS));
		negated.set(token.stem, NEGATED_BEFORE.test(before) && !until);
	}
	return [...negated].find(([, only]) => only)?.[0];
}
