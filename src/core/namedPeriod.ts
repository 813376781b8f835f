import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "In what era was Chopin active?": a period of history asked for, which no date answers. */
const ASKS_PERIOD = /\b(?:what|which)\s+(?:[\p{L}-]+\s+)?(?:era|period|age|dynasty|epoch)\b/iu;
/** "When will the hall open?": a time to come, which no period of history answers. */
const TO_COME = /^\s*when\s+(?:will|shall|can|might)\b/i;
/** Capitalised words that open a sentence or a phrase without naming anything: "In Jin dynasty", "Its Chief…". */
const NOT_NAMING =
	'(?:In|On|At|The|Its|His|Her|Their|Our|During|From|By|Of|A|An|And|But|As|After|Before|Since|Until|Under|Through)';
/** A named period of history: "Low Middle Ages", "Bronze Age", "Jin dynasty", "Meiji era" (not "Era Smith"). */
const PERIOD = new RegExp(
	`(?<![\\p{L}])(?:(?!${NOT_NAMING}\\s)\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?:Ages?|[Ee]ra|[Dd]ynasty|[Pp]eriod|Renaissance|Reformation|Enlightenment)(?![\\p{L}])(?!\\s+\\p{Lu})`,
	'u',
);

/**
 * The named period of history a sentence gives a "when" question that it answers with no date, or that asks for an
 * era ("In what era was Chopin active?"): "During the Low Middle Ages it saw a golden age" gives "Low Middle Ages".
 * Undefined when neither, or when the sentence names no period.
 *
 * @example
 * namedPeriod('in what era was he active', 'He was a pianist of the Romantic era.', true)?.text; // 'Romantic era'
 */
export function namedPeriod(question: string, sentence: string, dated: boolean): AnswerPhrase | undefined {
	if ((dated && !ASKS_PERIOD.test(question)) || TO_COME.test(question)) return undefined;
	const period = PERIOD.exec(sentence);
	return period
		? { text: period[0], start: period.index, end: period.index + period[0].length, typed: true }
		: undefined;
}
