/** "every" right before a figure: "every 250 metres", "every 30 minutes". */
const EVERY_BEFORE = /\b(?:every|each)\s+$/i;
/** A question that asks how often or at what spacing: "how often", "how frequently", "how far apart". */
const ASKS_INTERVAL = /\bhow\s+(?:often|frequently|far\s+apart)\b|\bintervals?\b|\bspacing\b/i;

/**
 * Whether the figure starting at `start` is an interval ("emergency rooms every 250 metres", "a bus every 30 minutes")
 * and the question asks no interval: it measures no length, depth or duration of the thing asked.
 *
 * @example
 * isInterval('How deep does the tunnel go?', 'It has safety rooms every 250 metres.', 29); // true
 */
export function isInterval(question: string, sentence: string, start: number): boolean {
	return EVERY_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) && !ASKS_INTERVAL.test(question);
}
