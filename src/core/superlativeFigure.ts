import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { SENTENCE_LIMITS } from './sentenceLimits.ts';

/** Superlatives that point up, and those that point down. */
const UP =
	/\b(?:biggest|largest|highest|greatest|most|maximum|max|top|heaviest|longest|oldest|tallest|deepest|fastest|costliest|priciest|widest|latest)\b/iu;
const DOWN =
	/\b(?:smallest|lowest|least|fewest|minimum|min|lightest|shortest|youngest|cheapest|slowest|narrowest|earliest)\b/iu;
/** How far before a figure the superlative that marks it is looked for, in characters. */
const MARK_REACH = 40;

function direction(text: string): 'up' | 'down' | undefined {
	const up = UP.exec(text);
	const down = DOWN.exec(text);
	if (up && (!down || up.index > down.index)) return 'up';
	return down ? 'down' : undefined;
}

/**
 * For a question asked with a superlative ("whats the biggest debt"), the figure a sentence marks with one of the
 * same direction where it contrasts figures by opposite ones ("The smallest debt on the list is about $4,800 and
 * the largest is $61,000"): "$61,000", whichever figure was picked; undefined where the sentence draws no such
 * contrast.
 *
 * @example
 * superlativeFigure('whats the biggest debt', sentence, mentions)?.text; // '$61,000'
 */
export function superlativeFigure(
	question: string,
	sentence: string,
	mentions: readonly Mention[],
): AnswerPhrase | undefined {
	const asked = direction(question);
	if (!asked) return undefined;
	const figures = mentions.slice(0, SENTENCE_LIMITS.mentions).filter((m) => m.type === 'number' && /\d/.test(m.text));
	if (figures.length < 2) return undefined;
	let previousEnd = 0;
	const marked: { figure: Mention; way: 'up' | 'down' | undefined }[] = [];
	for (const figure of figures) {
		// The superlative nearest before the figure, and after the figure before it: "the largest is $61,000".
		const from = Math.max(previousEnd, figure.start - MARK_REACH);
		const before = sentence.slice(from, figure.start);
		const last = [...before.matchAll(new RegExp(`${UP.source}|${DOWN.source}`, 'giu'))].pop();
		marked.push({ figure, way: last ? direction(last[0]) : undefined });
		previousEnd = figure.end;
	}
	if (!marked.some((m) => m.way && m.way !== asked)) return undefined;
	const wanted = marked.find((m) => m.way === asked)?.figure;
	return wanted ? { text: wanted.text, start: wanted.start, end: wanted.end, typed: true } : undefined;
}
