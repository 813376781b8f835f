import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "Where was the flight headed?": a question about where something went to, not where it was. */
const ASKS_DESTINATION = /\b(?:headed|heading|bound|going|destined|destination|flying|sailing|travell?ing)\b/i;

/**
 * For "where was it headed", the name after "to" or "for" that the question does not give ("left Shannon for
 * Frankfurt" → "Frankfurt"); none for other questions, or a sentence without one.
 *
 * @example
 * headedTo('Where was the flight headed?', 'It left Shannon for Frankfurt.', mentions)?.text; // 'Frankfurt'
 */
export function headedTo(question: string, sentence: string, mentions: readonly Mention[]): AnswerPhrase | undefined {
	if (!ASKS_DESTINATION.test(question)) return undefined;
	const asked = question.toLowerCase();
	const to = mentions.find(
		(m) =>
			m.type === 'name' &&
			/\b(?:to|for|towards?)\s+$/i.test(sentence.slice(Math.max(0, m.start - 9), m.start)) &&
			!asked.includes(m.text.toLowerCase()),
	);
	return to ? { text: to.text, start: to.start, end: to.end, typed: true } : undefined;
}
