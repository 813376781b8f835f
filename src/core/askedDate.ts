import type { Mention } from './findMentions.ts';
import { nearestToAsked } from './nearestToAsked.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import type { Token } from './tokenize.ts';

/** "On which date…", "in which year…", "which day…", "what's the deadline": a time asked in words the question's type does not read as "when". */
const WHICH_TIME =
	/\b(?:(?:on|in|at)\s+which\s+(?:date|day|year|month|century|decade)\b|which\s+(?:date|day|year|month|century|decade)\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|could)\b|what(?:['’]?s|\s+(?:is|was|will\s+be))\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:deadline|due\s+date|closing\s+date|cut-?off\s+date)\b)/iu;

/**
 * For "On which date did Detroit file for bankruptcy?", the date of the sentence nearest the question's words
 * ("July 18, 2013"); undefined for other questions or a sentence without a date.
 *
 * @example
 * askedDate('On which date did it file?', sentence, mentions, tokens, new Set(['file']))?.text; // 'July 18, 2013'
 */
export function askedDate(
	question: string,
	sentence: string,
	mentions: readonly Mention[],
	tokens: readonly Token[],
	asked: ReadonlySet<string>,
): AnswerPhrase | undefined {
	if (!WHICH_TIME.test(question)) return undefined;
	const date = nearestToAsked(
		sentence,
		mentions.filter((m) => m.type === 'date'),
		tokens,
		asked,
	);
	return date && { text: date.text, start: date.start, end: date.end, typed: true };
}
