import { stem } from './tokenize.ts';

/** Words that may stand between a count and its verb: "Four kidnappers were killed", "had all been rescued". */
const AUXILIARY = new Set('was were is are be been being had has have all both also later reportedly'.split(' '));
/** How far past a count its verb is looked for. */
const ACTION_AFTER_CHARS = 40;

/**
 * Whether the verb right after a count, in its clause and past "were" or "had been", is the action asked: "Four
 * kidnappers were killed and two were arrested" counts the killed for "how many kidnappers died".
 *
 * @example
 * const quote = 'Four kidnappers were killed and two were arrested.';
 * actionAfter(quote, 15, new Set([stem('killed')])); // true
 */
export function actionAfter(quote: string, end: number, actionWords: ReadonlySet<string>): boolean {
	const clause = quote.slice(end, end + ACTION_AFTER_CHARS).split(/[,;:()]|\.\s|\s(?:and|while|but|as)\s/u)[0] ?? '';
	const lead = (clause.toLowerCase().match(/\p{L}+/gu) ?? []).find((w) => !AUXILIARY.has(w));
	return lead !== undefined && actionWords.has(stem(lead));
}
