import type { AnswerPhrase } from './pickAnswerPhrase.ts';

/** The short answer chosen inside a sentence, with how well it fits the question (see chooseShortAnswer). */
export interface ShortAnswer {
	phrase: AnswerPhrase;
	/**
	 * How well the sentence's answer fits the question, 0..1, to multiply the confidence by: below 1 when a
	 * count counts another thing or action (see matchCount) or what another side did ("did Ukraine launch" against
	 * "Russia launched"), or a quote is someone else's than the one asked about, or the sentence reports nobody's
	 * words at all.
	 */
	fit: number;
	/**
	 * The answer is another side's doing or saying than the one asked about, or a penalty the law allows for one asked as
	 * given (the question's premise may be wrong).
	 */
	otherActor?: boolean;
	/**
	 * The sentence lacks the kind of answer asked for (no date for "when"): the reports may not say it at all, and a
	 * sentence below that holds a date is no likelier to speak of the same event.
	 */
	unsaidKind?: boolean;
	/**
	 * The answer is a fact the engine extracted that matches the question exactly: the speaker of the quote asked
	 * about, the person with the role asked (or the role of the person asked), the count of the thing and action asked
	 * by the side asked, the quote of the person asked.
	 */
	matched?: boolean;
}
