import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A race's time asked for: "what was her (winning) time", "what was Romania's time", "what time did they row". */
const RACE_TIME_ASKED =
	/\bwhat\s+(?:was|is|were)\s+(?:(?:his|her|their|its|[\p{L}-]+['’]s?)\s+(?:(?:winning|record|finishing|new|best|fastest)\s+)?|the\s+(?:winning|record|finishing|fastest)\s+)time\b|\bwhat time did\s+\S+\s+(?:row|run|swim|ride|race|cycle|skate|ski|finish|clock|record)\b/iu;
/** A race's time: "7 hours, 48 minutes and 12 seconds", "6 minutes 45.18 seconds", "2:08:41", "1:43.9". */
const RACE_TIME =
	/\b\d+\s+hours?,?\s+\d+\s+minutes?(?:,?\s+(?:and\s+)?\d+(?:\.\d+)?\s+seconds?)?|\b\d+\s+minutes?,?\s+(?:and\s+)?\d+(?:\.\d+)?\s+seconds?|\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b|\b\d{1,2}:\d{2}\.\d+\b/u;

/**
 * The time a race took, for a question that asks it ("What was her time?", "what time did they row?"): the
 * duration the sentence gives, null when it gives none, undefined when the question asks no race's time.
 *
 * @example
 * raceTime('what was her time', 'She finished in 7 hours, 48 minutes and 12 seconds.')?.text;
 * // '7 hours, 48 minutes and 12 seconds'
 */
export function raceTime(question: string, quote: string): AnswerPhrase | null | undefined {
	if (!RACE_TIME_ASKED.test(question)) return undefined;
	const time = RACE_TIME.exec(quote);
	return time ? { text: time[0], start: time.index, end: time.index + time[0].length, typed: true } : null;
}
