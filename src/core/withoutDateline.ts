import type { AnswerPhrase } from './pickAnswerPhrase.ts';
import { datelineEnd } from './pickClause.ts';

/**
 * An answer phrase without the sentence's dateline: "A cargo plane … made a belly landing" rather than "BRENFORD,
 * England, Aug. 14 — A cargo plane …", since the dateline says where the story was filed, not what was asked. A
 * phrase inside the dateline (the place itself) is kept as it is.
 *
 * @example
 * withoutDateline({ text: 'OSLO — Fire broke out.', start: 0, end: 22, typed: false }, 'OSLO — Fire broke out.').text;
 * // 'Fire broke out.'
 */
export function withoutDateline(phrase: AnswerPhrase, sentence: string): AnswerPhrase {
	const end = datelineEnd(sentence);
	if (!end || phrase.start >= end || phrase.end <= end) return phrase;
	return { ...phrase, text: sentence.slice(end, phrase.end), start: end };
}
