import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "How far ahead of Brandt…", "how far behind is Kessler", "how far clear": a lead or a deficit asked. */
const ASKS_GAP = /\bhow\s+far\s+(?:ahead|behind|clear|back)\b/i;
/** A gap told in time, points or distance right before "ahead", "behind" or "clear": "38 seconds ahead of Brandt". */
const GAP =
	/((?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|minutes?|seconds?|points?|strokes?|lengths?|laps?|metres?|meters?|kilometres?|kilometers?|km|miles?)(?:,?\s+(?:and\s+)?(?:\d[\d.,]*)\s+(?:minutes?|seconds?))*)\s+(?:ahead|behind|clear|back)\b/giu;

/**
 * For "how far ahead of Brandt did Kessler finish?", the gap written right before "ahead", "behind" or "clear" ("38
 * seconds" of "crossed the line alone, 38 seconds ahead of Brandt", not "with 4 kilometres to go"); undefined for
 * other questions or a sentence without one.
 *
 * @example
 * gapAsked('how far behind is kessler', 'fourth overall, 2 minutes 5 seconds behind Brandt.')?.text; // '2 minutes 5 seconds'
 */
export function gapAsked(question: string, sentence: string): AnswerPhrase | undefined {
	if (!ASKS_GAP.test(question)) return undefined;
	const found = [...sentence.matchAll(GAP)][0];
	const text = found?.[1];
	if (!found || !text) return undefined;
	return { text, start: found.index, end: found.index + text.length, typed: true };
}
