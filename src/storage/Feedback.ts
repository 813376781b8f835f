/** 👍 or 👎 on an answer. */
export const VOTES = ['up', 'down'] as const;
export type Vote = (typeof VOTES)[number];

/** Where an answer's sentence stands. */
export interface AnswerSource {
	report: string;
	paragraph: number;
	sentence: number;
	quote: string;
}

/** An answer as it was shown, kept so that members can vote on it. */
export interface AnswerRecord {
	/** Short random id, carried by the vote buttons. */
	answerId: string;
	question: string;
	answered: boolean;
	answer: string;
	confidence: number;
	source?: AnswerSource;
}

export interface VoteTally {
	up: number;
	down: number;
}

/** An answer voted wrong, with the votes of every showing of it (the same question, answer and source). */
export type AnswerFeedback = Omit<AnswerRecord, 'answerId'> & VoteTally;

/** Answers kept per server to vote on; the oldest without votes are dropped. */
export const MAX_KEPT_ANSWERS = 5000;

/** The guild id answers in direct messages are kept under. */
export const DIRECT_MESSAGES = '@dm';

export interface RawAnswerFeedback {
	question: string;
	answered: number | boolean;
	answer: string;
	confidence: number;
	report: string | null;
	paragraph: number | null;
	sentence: number | null;
	quote: string | null;
	up: number | string;
	down: number | string;
}

/** A row of the feedback query → AnswerFeedback (PostgreSQL sums come back as strings). */
export function toAnswerFeedback(row: RawAnswerFeedback): AnswerFeedback {
	const source =
		row.report !== null && row.paragraph !== null && row.sentence !== null && row.quote !== null
			? { report: row.report, paragraph: row.paragraph, sentence: row.sentence, quote: row.quote }
			: undefined;
	return {
		question: row.question,
		answered: Boolean(row.answered),
		answer: row.answer,
		confidence: row.confidence,
		...(source && { source }),
		up: Number(row.up),
		down: Number(row.down),
	};
}
