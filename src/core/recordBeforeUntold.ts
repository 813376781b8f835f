/**
 * "What was the old record?", "who held the previous world record", "which bridge held the record before": the record
 * that stood before the new one, asked; not "by how much did he beat the old record", which the new one's sentence says.
 */
const EARLIER_RECORD_ASKED =
	/\b(?:previous|old|former|prior|earlier)\s+(?:[\p{L}-]+\s+){0,2}?(?:record|mark|best|high|low)\b|\b(?:held|had|set)\s+the\s+(?:[\p{L}-]+\s+)?record\s+before\b|\brecord\s+before\b/iu;
const MARGIN_ASKED =
	/\bby\s+how\s+(?:much|many|far|long)\b|\b(?:beat|beaten|broke|broken|break|smash\w*|improv\w*)\b/iu;
/**
 * Words that tell of the record before: "the previous record", "the old mark", "had stood for nine years", "held by",
 * "belonged to", "set in 2019" (not "breaking the course record", which tells the new one).
 */
const TELLS_EARLIER =
	/\b(?:previous\w*|old|older|former\w*|prior|earlier|stood|standing|held|belonged|until\s+then|set\s+(?:in|by|on|at|last|two|three|\d))\b/iu;

/**
 * Whether a question asks of the record that stood before ("who held the previous world record") a sentence that
 * tells of it nothing ("She won in 2:00.81, the first world record of the championships"): only the new record is told
 * there, and its holder or figure is no answer.
 *
 * @example
 * recordBeforeUntold('what was the old world record', 'It was the first world record of the championships.'); // true
 * recordBeforeUntold('what was the old world record', 'She took 0.31 seconds off the previous mark of 2:01.12.'); // false
 */
export function recordBeforeUntold(question: string, sentence: string): boolean {
	return EARLIER_RECORD_ASKED.test(question) && !MARGIN_ASKED.test(question) && !TELLS_EARLIER.test(sentence);
}
