import { askedKind } from './focusName.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A name of capitalised words, with their particles: "Shiraz", "Bicske", "Sint-Baafs Abbey". */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|de|van|von|the)\s+)?\p{Lu}[\p{L}'’-]+)*`;

/**
 * For "what/which <kind>…" ("What city is Syrah named after?"), the name the sentence gives that kind in apposition:
 * "named after Shiraz, a city in Persia" gives "Shiraz"; undefined when it gives none.
 *
 * @example
 * kindAppositive('What city is Syrah named after?', 'It is named after Shiraz, a city in Persia.')?.text; // 'Shiraz'
 */
export function kindAppositive(question: string, sentence: string): AnswerPhrase | undefined {
	const kind = askedKind(question);
	if (!kind) return undefined;
	const apposed = new RegExp(
		String.raw`(${NAME}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}${kind}(?:s|es)?(?![\p{L}])`,
		'u',
	).exec(sentence);
	if (!apposed?.[1]) return undefined;
	return { text: apposed[1], start: apposed.index, end: apposed.index + apposed[1].length, typed: true };
}
