import { UNIT, UNIT_CHARS } from './figureInUnit.ts';
import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A question about the level before a change: "What was the forecast before the cut?", "the old price". */
export const ASKS_EARLIER =
	/\b(?:before|previous(?:ly)?|prior|old|original(?:ly)?|initial(?:ly)?|earlier|used\s+to)\b/i;
/** How far from a level changed "to" its level "from" is looked for. */
const CHANGE_CHARS = 60;

/**
 * For a level the sentence says something changed to ("cut its forecast to NZ$7.40 per kilogram from NZ$8.20"),
 * the level it changed from, with its unit; undefined where the figure is no such level.
 *
 * @example
 * levelBefore('It cut its forecast to NZ$7.40 from NZ$8.20.', { text: 'NZ$7.40', start: 22, end: 29, typed: true }, mentions)?.text; // 'NZ$8.20'
 */
export function levelBefore(
	sentence: string,
	figure: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase | undefined {
	if (!/\bto\s+(?:about\s+|around\s+|some\s+)?$/i.test(sentence.slice(Math.max(0, figure.start - 12), figure.start)))
		return undefined;
	const from = mentions.find(
		(m) =>
			m.type === 'number' &&
			m.start > figure.end &&
			m.start - figure.end <= CHANGE_CHARS &&
			/\bfrom\s+(?:about\s+|around\s+|some\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 12), m.start)) &&
			!/[;.]\s/.test(sentence.slice(figure.end, m.start)),
	);
	if (!from) return undefined;
	const unit = UNIT.exec(sentence.slice(from.end, from.end + UNIT_CHARS));
	const end = from.end + (unit?.[0].length ?? 0);
	return { text: sentence.slice(from.start, end), start: from.start, end, typed: true };
}
