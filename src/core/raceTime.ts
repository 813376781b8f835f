import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/**
 * A race's time asked for: "what was her (winning) time", "what was Varga's run time", "whats the winning time", "what time did they row", "what
 * did she run in the 100m".
 */
const RACE_TIME_ASKED =
	/\bwhat(?:['’]?s|\s+(?:was|is|were))\s+(?:(?:his|her|their|its|[\p{L}-]+['’]s?)\s+(?:(?:winning|record|finishing|new|best|fastest|run|running|swim|bike|cycling|lap|split|race|qualifying)\s+)?|the\s+(?:winning|record|finishing|fastest|run|swim|bike|lap|race)\s+)time\b|\bwhat time did\s+\S+\s+(?:row|run|swim|ride|race|cycle|skate|ski|finish|clock|record)\b|\bwhat\s+did\s+\S+(?:\s+\S+)?\s+(?:run|swim|clock)\b/iu;
/** A race's time: "7 hours, 48 minutes and 12 seconds", "6 minutes 45.18 seconds", "2:08:41", "1:43.9", "21.29 seconds". */
const RACE_TIME =
	/\b\d+\s+hours?,?\s+\d+\s+minutes?(?:,?\s+(?:and\s+)?\d+(?:\.\d+)?\s+seconds?)?|\b\d+\s+minutes?,?\s+(?:and\s+)?\d+(?:\.\d+)?\s+seconds?|\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b|\b\d{1,2}:\d{2}\.\d+\b|(?<!\bby\s)\b\d{1,3}\.\d{1,3}\s+seconds?\b(?!\s+(?:behind|ahead|clear|off|slower|faster|quicker|short|outside|inside|back|adrift|better|worse|under|over)\b)/u;

/** A race's verb right before its time in seconds: "clocking ", "won in ", "a time of ". */
const RACED_BEFORE =
	/\b(?:clock\w*|ran|runs?|won|wins?|winning|finish\w*|swam|swims?|(?:a|her|his|their|winning)\s+time\s+of|in)\s+(?:a\s+(?:time|world[- ]record|record)\s+(?:of\s+)?)?$/iu;

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
	// "clocking 21.29 seconds", not "kept stable for 1.2 seconds": seconds alone are a race's time by its verb.
	if (time && /^\d+\.\d+\s/u.test(time[0]) && !RACED_BEFORE.test(quote.slice(Math.max(0, time.index - 40), time.index)))
		return null;
	return time ? { text: time[0], start: time.index, end: time.index + time[0].length, typed: true } : null;
}
