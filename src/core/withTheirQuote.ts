import type { AnswerContext } from './AnswerContext.ts';
import type { AnalysedQuestion } from './analyseQuestion.ts';
import { askedSpeaker, namesAskedSpeaker } from './findSpeaker.ts';
import type { SourceRef } from './types.ts';
import { escapeRegExp } from './writesWord.ts';

/** A source shown with the span of its answer inside its quote. */
export interface Shown {
	source: SourceRef;
	highlight: [number, number];
}

/** Quotation marks, whose count tells whether a quotation is still open after a sentence. */
const QUOTE_MARKS = /["“”]/g;
/** The most sentences a quotation shown whole may span. */
const MOST_SENTENCES = 4;

/**
 * For "What did X say…?", the source shows X's statement whole:
 * - a quotation of several sentences from its opening mark to its close ('"The defendants treated the railway as their
 *   private mine. Thousands of passengers paid for it," Judge Ewa Kaczmarczyk said.'), whichever sentence answered;
 * - a sentence that reports X's words without quoting them ("Henderson said he accepted the result…") with the next
 *   sentence of its paragraph when that one quotes the same person ('"The people have spoken," he said.');
 * - a quotation that does not write its speaker's name ('"Putin's words are at odds with reality," he said.') with
 *   the sentence before it that does.
 * The highlight moves with the source's start. Any other source is kept as it is.
 *
 * @example
 * withTheirQuote(question, context, index, shown).source.quote; // 'Henderson said he accepted… "The people have spoken…," he said.'
 */
export function withTheirQuote(question: AnalysedQuestion, context: AnswerContext, index: number, shown: Shown): Shown {
	const { source } = shown;
	const { corpus } = context;
	if (question.type !== 'quote' || !askedSpeaker(question.text)) return shown;
	const own = corpus.ref(index);
	const sentences = corpus.paragraph(corpus.sentence(index)?.paragraphIndex ?? -1)?.sentences;
	if (source.start !== own.start || source.end !== own.end || !sentences) return shown;
	const at = sentences.indexOf(index);
	const [first, end] = quotationAround(
		sentences.map((s) => corpus.quote(s)),
		at,
	);
	const alone = first === at && end === at;
	const last = alone && quotesThemNext(context, question, index, sentences[at + 1]) ? at + 1 : end;
	const named = namedBefore(context, sentences, first, last) ? first - 1 : first;
	if (named === at && last === at) return shown;
	const from = corpus.ref(sentences[named] ?? index);
	const to = corpus.ref(sentences[last] ?? index);
	const text = corpus.reports[corpus.reportAt(own.report)]?.paragraphs[own.paragraph - 1] ?? '';
	const shift = source.start - from.start;
	return {
		source: {
			...source,
			sentence: from.sentence,
			start: from.start,
			end: to.end,
			quote: text.slice(from.start, to.end),
		},
		highlight: [shown.highlight[0] + shift, shown.highlight[1] + shift],
	};
}

/**
 * The first and last sentence (positions in `quotes`) of the quotation that sentence `at` is part of: back to where
 * it opened, on to where it closes, at most MOST_SENTENCES in all; [at, at] when it stands alone.
 */
function quotationAround(quotes: readonly string[], at: number): [number, number] {
	const open: boolean[] = [];
	let inside = false;
	for (const quote of quotes) {
		open.push(inside);
		if ((quote.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1) inside = !inside;
	}
	let first = at;
	while (first > 0 && open[first] && at - first < MOST_SENTENCES - 1) first--;
	let last = at;
	while (last + 1 < quotes.length && open[last + 1] && last - first < MOST_SENTENCES - 1) last++;
	return [first, last];
}

/**
 * Whether the quotation of sentences `first`…`last` ('"Putin's words are at odds with reality," he said.') does not
 * write its speaker's name and the sentence before it does ("Ukrainian President Volodymyr Zelensky accused Russia…").
 */
function namedBefore(context: AnswerContext, sentences: readonly number[], first: number, last: number): boolean {
	const before = sentences[first - 1];
	if (before === undefined) return false;
	const span = sentences.slice(first, last + 1);
	const speaker = span
		.flatMap((s) => context.statements.get(s) ?? [])
		.find((s) => s.kind === 'quote' && s.subject)?.subject;
	const surname = speaker?.split(/\s+/).pop();
	if (!surname) return false;
	const writes = (index: number) => writesName(context.corpus.quote(index), surname);
	return !span.some(writes) && writes(before);
}

function writesName(text: string, name: string): boolean {
	return new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, 'u').test(text);
}

/** Whether sentence `index` reports X's words unquoted and `next` quotes the person it names. */
function quotesThemNext(
	context: AnswerContext,
	question: AnalysedQuestion,
	index: number,
	next: number | undefined,
): boolean {
	const quote = context.corpus.quote(index);
	if (next === undefined || context.statements.get(index)?.some((s) => s.kind === 'quote')) return false;
	if (!namesAskedSpeaker(question.text, quote)) return false;
	return (
		context.statements.get(next)?.some((s) => {
			const surname = s.kind === 'quote' ? s.subject?.split(/\s+/).pop() : undefined;
			return surname !== undefined && writesName(quote, surname);
		}) ?? false
	);
}
