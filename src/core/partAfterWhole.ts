import type { AnswerContext } from './AnswerContext.ts';

/** How far after the whole its part is looked for: "Of the 20 largest investors, 13". */
const PART_AFTER_CHARS = 30;

/**
 * For "how many of <the whole>", the first figure the question does not give, soon after the whole's count ("Of the
 * 20 largest investors, 13 voted against" for "how many of its top 20 investors voted against"); undefined for other
 * questions or where no figure follows.
 *
 * @example
 * partAfterWhole('how many of the top 20 investors voted against', context, index, 34, new Set([20]))?.text; // '13'
 */
export function partAfterWhole(
	question: string,
	context: AnswerContext,
	index: number,
	wholeEnd: number,
	given: ReadonlySet<number>,
): { text: string; start: number; end: number; typed: true } | undefined {
	if (!/\bhow\s+many\s+of\b/i.test(question)) return undefined;
	const quote = context.corpus.sentence(index)?.ref.quote ?? '';
	const part = context.mentions
		.of(index)
		.find(
			(m) =>
				m.type === 'number' &&
				m.start >= wholeEnd &&
				m.start - wholeEnd <= PART_AFTER_CHARS &&
				!given.has(m.value ?? Number.NaN) &&
				!/[.;]/.test(quote.slice(wholeEnd, m.start)),
		);
	return part && { text: part.text, start: part.start, end: part.end, typed: true };
}
