import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A question about when something begins to apply: "when does the ban start", "when will the law kick in". */
const ASKS_START =
	/\bwhen\b.*\b(?:start|starts|begin|begins|kick(?:s)?\s+in|take(?:s)?\s+effect|come(?:s)?\s+(?:in|into\s+(?:force|effect))|go(?:es)?\s+into\s+effect|apply|applies|enter(?:s)?\s+into\s+force)\b/iu;
/** Words that start a time from which something applies, right before its date: "from", "starting", "as of". */
const FROM_BEFORE =
	/\b(?:from|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|as\s+of|effective(?:\s+(?:on|from))?|(?:takes?|taking|took)\s+effect(?:\s+(?:on|in))?|(?:comes?|coming|came)\s+into\s+(?:force|effect)(?:\s+(?:on|in))?)\s+$/iu;

/**
 * For "When does the ban start?", the date in the sentence from which something applies ("voted on Thursday to ban
 * scooters from January 1": "January 1"), where the picked date is not one; undefined otherwise.
 *
 * @example
 * startDate('when does the ban start', 'It voted on Thursday to ban them from January 1.', picked, mentions)?.text; // 'January 1'
 */
export function startDate(
	question: string,
	sentence: string,
	picked: AnswerPhrase,
	mentions: readonly Mention[],
): AnswerPhrase | undefined {
	if (!ASKS_START.test(question) || startsFrom(sentence, picked.start)) return undefined;
	const from = mentions.find((m) => m.type === 'date' && m.start !== picked.start && startsFrom(sentence, m.start));
	return from && { text: from.text, start: from.start, end: from.end, typed: true };
}

function startsFrom(sentence: string, start: number): boolean {
	return FROM_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
}
