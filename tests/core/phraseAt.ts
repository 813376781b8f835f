import type { AnswerPhrase } from '../../src/core/pickAnswerPhrase.ts';

/** The typed answer phrase where `text` stands in `sentence`, shown as `shown` ("two passengers killed"). */
export function phraseAt(sentence: string, text: string, shown = text): AnswerPhrase {
	const start = sentence.indexOf(text);
	return { text: shown, start, end: start + text.length, typed: true };
}
