import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "when will…", "when could…", "when are they expected to…": a time to come asked. */
const ASKS_TO_COME =
	/^\s*when\s+(?:will|would|could|can|might|should|shall|(?:is|are)\s+(?:[\p{L}'’-]+\s+){1,4}(?:expected|due|set)\s+to)\b/iu;
const AMOUNT =
	'(?:\\d+(?:\\s*(?:to|-|–)\\s*\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\s+to\\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve))';
/**
 * A time from now as news writes it: "in about five weeks", "within four to six weeks", "would take about six weeks",
 * "when they are around eight weeks old".
 */
const FROM_NOW = new RegExp(
	`\\b(?:(?:in|within|after)\\s+(?:another\\s+|the\\s+next\\s+|a\\s+further\\s+)?|take\\s+|takes\\s+|taking\\s+|(?:when|until|once)\\s+(?:they|it|he|she)\\s+(?:are|is|were|was|turn|turns)\\s+)(?:about\\s+|around\\s+|roughly\\s+|some\\s+|up\\s+to\\s+|at\\s+least\\s+)?${AMOUNT}\\s+(?:more\\s+)?(?:days?|weeks?|months?|years?|hours?)(?:\\s+old)?\\b`,
	'iu',
);

/**
 * For a question asking when something will happen, the time from now the sentence gives ("in about five weeks",
 * "within four to six weeks", "when they are around eight weeks old"); undefined for other questions or sentences.
 *
 * @example
 * timeToCome('when will the chicks fledge', 'The chicks are expected to fledge in about five weeks.')?.text;
 * // 'in about five weeks'
 */
export function timeToCome(question: string, sentence: string): AnswerPhrase | undefined {
	if (!ASKS_TO_COME.test(question)) return undefined;
	const found = FROM_NOW.exec(sentence);
	if (!found) return undefined;
	// "would take about six weeks": the length from now, without the verb.
	const text = found[0].replace(/^(?:take|takes|taking)\s+/iu, '');
	const start = found.index + found[0].length - text.length;
	return { text, start, end: start + text.length, typed: true };
}
