import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';
import { contentStems, type Token } from './tokenize.ts';

/** A negation: "No one was killed", "pleaded not guilty", "no sign that…", "Nothing has been removed". */
const NEGATION =
	/\b(?:no\s+one|nobody|none|nothing|neither|never|not(?!\s+only\b)|no(?!\s+(?:more|less|fewer|later|sooner|longer)\s+than\b)(?=\s+\p{L}))\b|\b\p{L}+n['’]t\b/giu;
/** A question that negates itself ("didn't they…?"), whose "no" would be read two ways. */
const NEGATED_QUESTION = /\b(?:not|never|no)\b|n['’]t\b/iu;
/** Where a clause ends: a stop, a semicolon, a comma, or a conjunction that starts another. */
const CLAUSE_END = /[,;:.!?]|\s(?:and|but|while|although|though|whereas)\s/u;
/** Where a clause may start: after a comma or semicolon, or after a conjunction. */
const CLAUSE_START = /[,;:]\s*|\s(?:but|and|while|although|though|whereas)\s/gu;
/** How many words after a negation a word of the question may stand to be what it denies. */
const DENIED_WORDS = 6;

/**
 * For a yes-or-no question, the clause of the sentence that denies it ("No one was killed" for "was anybody killed in
 * the crash?", "Tessaro pleaded not guilty at an arraignment on Wednesday" for "did he plead guilty"): a negation
 * with a word of the question within a few words after it. Undefined when the question negates itself or the
 * sentence denies none of its words.
 *
 * @example
 * denialClause('was anybody killed?', 'No one was killed, but two were hurt.', tokenize('No one was killed, but two were hurt.'))?.text; // 'No one was killed'
 */
export function denialClause(question: string, sentence: string, tokens: readonly Token[]): AnswerPhrase | undefined {
	if (NEGATED_QUESTION.test(question)) return undefined;
	const asked = new Set(contentStems(question));
	const read = sentence.length > SENTENCE_LIMITS.chars ? sentence.slice(0, SENTENCE_LIMITS.chars) : sentence;
	for (const negation of read.matchAll(NEGATION)) {
		const after = tokens.filter((t) => t.start >= negation.index + negation[0].length).slice(0, DENIED_WORDS);
		const end = CLAUSE_END.exec(read.slice(negation.index + negation[0].length));
		const clauseEnd = end ? negation.index + negation[0].length + end.index : read.length;
		if (!after.some((t) => t.start < clauseEnd && asked.has(t.stem))) continue;
		const last = [...read.slice(0, negation.index).matchAll(CLAUSE_START)].at(-1);
		const opened = last ? last.index + last[0].length : 0;
		const start =
			opened + (/^\s*(?:(?:and|but|while|although|though|whereas)\s+)?/u.exec(read.slice(opened))?.[0].length ?? 0);
		const text = read.slice(start, clauseEnd).trimEnd();
		return { text, start, end: start + text.length, typed: true };
	}
	return undefined;
}
