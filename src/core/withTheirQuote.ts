import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { askedSpeaker, namesAskedSpeaker } from './findSpeaker.ts';
import type { SourceRef } from './types.ts';
import { escapeRegExp } from './writesWord.ts';

/**
 * For "What did X say…?" answered by a sentence that reports X's words without quoting them ("Henderson said he
 * accepted the result…"), the source goes on through the next sentence of its paragraph when that one quotes the same
 * person ('"The people have spoken, very narrowly," he said.'): what X said, in their own words, is part of the answer.
 * Any other source is kept as it is.
 *
 * @example
 * withTheirQuote(question, context, index, source).quote; // 'Henderson said he accepted… "The people have spoken…," he said.'
 */
export function withTheirQuote(
	question: AnalysedQuestion,
	context: AnswerContext,
	index: number,
	source: SourceRef,
): SourceRef {
	const { corpus, statements } = context;
	if (question.type !== 'quote' || !askedSpeaker(question.text) || index + 1 >= corpus.sentenceCount) return source;
	const own = corpus.ref(index);
	if (source.start !== own.start || source.end !== own.end) return source;
	if (statements.get(index)?.some((s) => s.kind === 'quote')) return source;
	if (!namesAskedSpeaker(question.text, own.quote)) return source;
	const next = corpus.ref(index + 1);
	if (next.report !== own.report || next.paragraph !== own.paragraph) return source;
	const theirs = statements.get(index + 1)?.some((s) => {
		const surname = s.kind === 'quote' ? s.subject?.split(/\s+/).pop() : undefined;
		return surname !== undefined && new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, 'u').test(own.quote);
	});
	if (!theirs) return source;
	const text = corpus.reports[corpus.reportAt(own.report)]?.paragraphs[own.paragraph - 1] ?? '';
	return { ...source, end: next.end, quote: text.slice(own.start, next.end) };
}
