import type { AnswerContext } from './AnswerContext.ts';

/** How far after the whole its part is looked for: "Of the 20 largest investors, 13". */
const PART_AFTER_CHARS = 30;
/** A figure of something else than a part of the whole: a sum, a share, a number of times. */
const NO_PART =
	/^\s*(?:million|billion|thousand|hundred|per\s*cent|percent|%|times|tonnes|metres|kilometres|years?)\b/iu;
/** Words of a question too plain to tell which part it asks. */
const PLAIN = new Set(['how', 'many', 'of', 'the', 'a', 'an', 'its', 'their', 'did', 'do', 'does', 'were', 'was']);
/** How many words after a part are read for the question's own: "13 voted against". */
const PART_WORDS = 2;

/**
 * For "how many of <the whole>", the part written soon after the whole's count ("Of the 20 largest investors, 13 voted
 * against" for "how many of its top 20 investors voted against"): a plain count smaller than the whole, followed by
 * the question's own words; undefined for other questions or where no such figure follows.
 *
 * @example
 * partAfterWhole('how many of the top 20 investors voted against', context, index, 34, 20, new Set([20]))?.text; // '13'
 */
export function partAfterWhole(
	question: string,
	context: AnswerContext,
	index: number,
	wholeEnd: number,
	whole: number,
	given: ReadonlySet<number>,
): { text: string; start: number; end: number; typed: true } | undefined {
	if (!/\bhow\s+many\s+of\b/i.test(question)) return undefined;
	const quote = context.corpus.sentence(index)?.ref.quote ?? '';
	const asked = new Set(
		question
			.toLowerCase()
			.match(/\p{L}+/gu)
			?.filter((w) => !PLAIN.has(w)),
	);
	const shared = (end: number) =>
		(
			quote
				.slice(end)
				.toLowerCase()
				.match(/\p{L}+/gu) ?? []
		)
			.slice(0, PART_WORDS)
			.filter((w) => asked.has(w)).length;
	const parts = context.mentions
		.of(index)
		.filter(
			(m) =>
				m.type === 'number' &&
				m.start >= wholeEnd &&
				m.value !== undefined &&
				m.value < whole &&
				!given.has(m.value) &&
				!NO_PART.test(quote.slice(m.end)) &&
				!/[.;]/.test(quote.slice(wholeEnd, m.start)),
		);
	if (!parts[0] || parts[0].start - wholeEnd > PART_AFTER_CHARS) return undefined;
	const best = parts.reduce((a, b) => (shared(b.end) > shared(a.end) ? b : a));
	return shared(best.end) > 0 ? { text: best.text, start: best.start, end: best.end, typed: true } : undefined;
}
