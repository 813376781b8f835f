import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** "When did Redline last raise fares?", "when was the last big fire", "the season before last": an earlier occasion. */
const ASKS_LAST = /^\s*when\b.*\b(?:last|previous(?:ly)?)\b|\b(?:last\s+time|before\s+last|the\s+time\s+before)\b/iu;
/** A day told of the report's own event: "on Saturday", "today", "yesterday", "this week". */
const DAY_OF_THE_STORY =
	/^(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|this\s+(?:week|morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?$/iu;
/**
 * A sentence that tells of an earlier occasion: "last raised fares in 2019", "the previous fire", "since 1989", "the
 * year before" (not "four seconds before the final whistle").
 */
const EARLIER_MARK =
	/\b(?:last|previous|previously|prior|earlier|since|the\s+\p{L}+\s+before|before\s+(?:that|then|last|(?:1[89]|20)\d\d)|ago|former|first\s+time|(?:most\s+)?recently|latest)\b/iu;

/**
 * Whether a question for an earlier occasion ("When did Redline last raise fares?") was given the day of the story's
 * own event ("on Saturday") by a sentence that tells of no earlier one.
 *
 * @example
 * lastOccasionAsked('when did redline last raise fares', 'Redline raised fares on Saturday.', { text: 'on Saturday', start: 20, end: 31, typed: true }); // true
 */
export function lastOccasionAsked(question: string, sentence: string, phrase: AnswerPhrase): boolean {
	return ASKS_LAST.test(question) && DAY_OF_THE_STORY.test(phrase.text.trim()) && !EARLIER_MARK.test(sentence);
}
