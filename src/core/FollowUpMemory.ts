import { FOLLOW_UP_TTL_MS, type PreviousQuestion } from './resolveFollowUp.ts';

/** The most conversations remembered at once; the oldest is forgotten first. */
const MAX_CONVERSATIONS = 10_000;

/**
 * The last question of each conversation (a console session, an answer message replied to, a thread), kept
 * FOLLOW_UP_TTL_MS and at most MAX_CONVERSATIONS at once, so a follow-up can be read with it as context.
 *
 * @example
 * memory.remember('thread-1', { asked, resolved, at: Date.now() }); memory.recall('thread-1'); // that question
 */
export class FollowUpMemory {
	readonly #questions = new Map<string, PreviousQuestion>();

	constructor(private readonly now: () => number = Date.now) {}

	remember(conversation: string, question: PreviousQuestion): void {
		this.#questions.delete(conversation);
		this.#questions.set(conversation, question);
		if (this.#questions.size > MAX_CONVERSATIONS) {
			const oldest = this.#questions.keys().next().value;
			if (oldest !== undefined) this.#questions.delete(oldest);
		}
	}

	/** The conversation's last question, unless it expired. */
	recall(conversation: string): PreviousQuestion | undefined {
		const previous = this.#questions.get(conversation);
		if (previous && this.now() - previous.at > FOLLOW_UP_TTL_MS) {
			this.#questions.delete(conversation);
			return undefined;
		}
		return previous;
	}
}
