import type { AnalysedQuestion } from './analyseQuestion.ts';
import type { Mention } from './findMentions.ts';
import { stem } from './tokenize.ts';

/** A relative clause right after a name, with its verb: ", who leads". */
const WHO_DOES = /^,\s+who\s+(\p{L}+)/u;

/** The kind of place a "what river…" question asks for. */
const FOCUS = /\b(?:what|which)\s+(\p{L}+)/iu;
/** The lowercase word right before a name: "sexologist" in "Berlin sexologist Magnus Hirschfeld". */
const WORD_BEFORE = /(?:^|\s)(\p{Ll}+)\s+$/u;

/**
 * For "who", a name the sentence ties to a word of the question: the verb of a relative clause after it ("Maris
 * Ozols, who leads the union" for "Who leads the union?") or the noun right before it ("sexologist Magnus
 * Hirschfeld" for "Who was the sexologist that…?"); for "what river", a name that is one ("the Yangtze River") or
 * follows the word ("the river Thames"); however far the question's other words stand.
 */
export function namedByAskedWord(
	question: AnalysedQuestion,
	sentence: string,
	mention: Mention,
	asked: ReadonlySet<string>,
): boolean {
	const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 30), mention.start))?.[1];
	if (question.type === 'where') {
		const focus = FOCUS.exec(question.text)?.[1];
		if (!focus) return false;
		const kind = stem(focus.toLowerCase());
		return [before ?? '', ...mention.text.split(/\s+/)].some((word) => stem(word.toLowerCase()) === kind);
	}
	if (question.type !== 'who') return false;
	const relative = WHO_DOES.exec(sentence.slice(mention.end))?.[1];
	return [relative, before].some((word) => word !== undefined && asked.has(stem(word.toLowerCase())));
}
