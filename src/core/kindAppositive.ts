import { askedKind } from './focusName.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A name of capitalised words ending where the apposition begins: "Shiraz", "Sint-Baafs Abbey". */
const NAME_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|de|van|von|the)\s+)?\p{Lu}[\p{L}'’-]+){0,4})$/u;
/** How far before the apposition its name may begin. */
const NAME_CHARS = 60;

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
	const apposition = new RegExp(String.raw`,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?${kind}(?:s|es)?(?![\p{L}])`, 'u');
	const at = apposition.exec(sentence)?.index;
	if (at === undefined) return undefined;
	const name = NAME_BEFORE.exec(sentence.slice(Math.max(0, at - NAME_CHARS), at))?.[1];
	return name ? { text: name, start: at - name.length, end: at, typed: true } : undefined;
}
