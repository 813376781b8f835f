import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/** How far before the noun a figure of its own may end: "9 percent pay " before "rise". */
const OWN_GAP_CHARS = 20;
/** A percent and at most one word (no preposition) between a figure and the noun: " percent pay ", "% ". */
const PERCENT_GAP =
	/^\s*(?:%|percent|per\s+cent)(?:\s+(?!(?:on|of|in|for|from|to|at|by|with|and|or|as|than)\s)\p{Ll}[\p{Ll}-]*(?<!er|est))?\s+$/u;
/** At most one word between a sum and the noun, no preposition ("€21.5 million on revenue" is another's): " annual ". */
const WORD_GAP = /^(?:\s+(?!(?:on|of|in|for|from|to|at|by|with|and|or|as|than)\s)\p{Ll}[\p{Ll}-]*(?<!er|est))?\s+$/u;

/** What may follow a noun its figure is written before: a mark, or a word that opens no other noun ("over two years"). */
const NOUN_ENDS =
	/^(?:\s*(?:[,.;:!?)]|$)|\s+(?:over|of|for|in|on|to|from|by|at|with|and|or|but|that|which|who|is|was|are|were|will|would|has|had|this|last|next|a|an|the|per|each|every|since|until|after|before|than)\b)/u;

/**
 * A share or a sum written right before a noun, which is its own ("a 9 percent pay rise", "£50 compensation"), from the
 * figure to the noun; undefined where none stands there, or a preposition stands between ("€21.5 million on revenue").
 *
 * @example
 * figureBeforeNoun('They want a 14 percent raise.', mentions, raiseToken)?.text; // '14 percent raise'
 */
export function figureBeforeNoun(sentence: string, numbers: readonly Mention[], noun: Token): AnswerPhrase | undefined {
	const own = numbers.find(
		(n) =>
			n.end <= noun.start &&
			noun.start - n.end <= OWN_GAP_CHARS &&
			(PERCENT_GAP.test(sentence.slice(n.end, noun.start)) ||
				(/[%$€£¥]|\bper\s?cent\b/i.test(n.text) && WORD_GAP.test(sentence.slice(n.end, noun.start)))),
	);
	// "a 20 percent revenue decline", "a £5 million profit warning": the noun asked only describes the next.
	if (!own || !NOUN_ENDS.test(sentence.slice(noun.end))) return undefined;
	return { text: sentence.slice(own.start, noun.end), start: own.start, end: noun.end, typed: true };
}
