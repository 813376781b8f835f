import type { Mention } from './findMentions.ts';
import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** A question about when something begins to apply: "when does the ban start", "when will the law kick in". */
const ASKS_START =
	/\bwhen\b.*\b(?:start|starts|begin|begins|kick(?:s)?\s+in|take(?:s)?\s+effect|come(?:s)?\s+(?:in|into\s+(?:force|effect))|go(?:es)?\s+into\s+effect|apply|applies|enter(?:s)?\s+into\s+force)\b/iu;
/** Words that start a time from which something applies, right before its date: "from", "starting", "as of". */
const FROM_BEFORE =
	/\b(?:from|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|as\s+of|effective(?:\s+(?:on|from))?|(?:takes?|taking|took)\s+effect(?:\s+(?:on|in))?|(?:comes?|coming|came)\s+into\s+(?:force|effect)(?:\s+(?:on|in))?)\s+$/iu;

/** A verb of starting right before the picked date: "the drought began in March" gives its start already. */
const STARTED_BEFORE =
	/\b(?:start(?:s|ed)?|beg(?:an|ins|un)|kick(?:s|ed)\s+in|t(?:akes|ook|aken)\s+effect|c(?:omes|ame)\s+into\s+(?:force|effect)|went\s+into\s+effect|launch(?:es|ed)?|open(?:s|ed)?)\s+(?:\p{L}+\s+){0,2}$/iu;
/** A date that ends its phrase, not one that describes a noun after it ("from 2019 levels", "from 2014 champions"). */
const ENDS_DATE =
	/^(?:\s*[,.;:)–—-]|\s*$|\s+(?:to|until|till|through|onwards?|on|and|or|when|after|as|in|at|for|with|under|so|but|while)\b)/iu;
/** How far before a date its words are read, in characters. */
const LOOK_BACK = 40;

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
	if (
		!ASKS_START.test(question) ||
		startsFrom(sentence, picked.start) ||
		STARTED_BEFORE.test(before(sentence, picked.start))
	)
		return undefined;
	const from = mentions.find(
		(m) =>
			m.type === 'date' &&
			m.start !== picked.start &&
			startsFrom(sentence, m.start) &&
			ENDS_DATE.test(sentence.slice(m.end)),
	);
	return from && { text: from.text, start: from.start, end: from.end, typed: true };
}

function startsFrom(sentence: string, start: number): boolean {
	return FROM_BEFORE.test(before(sentence, start));
}

function before(sentence: string, start: number): string {
	return sentence.slice(Math.max(0, start - LOOK_BACK), start);
}
