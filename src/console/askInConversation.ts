import { type PreviousQuestion, resolveFollowUp } from '../core/resolveFollowUp.ts';
import type { Answer, ReportInfo } from '../core/types.ts';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import { DEFAULT_THRESHOLD } from '../storage/SettingsStore.ts';
import { consoleText } from './consoleText.ts';
import { formatAnswer } from './formatAnswer.ts';

/** The chat's last question, so the next one can follow up on it. */
export interface Conversation {
	previous?: PreviousQuestion;
}

/**
 * Asks a question read with the one before as context (resolveFollowUp), remembers it for the next, and says which
 * question it followed.
 *
 * @example
 * await askInConversation(desk, 'and how many were launched?', conversation);
 * // '(following up on "How many drones were shot down?": read as "how many drones were launched?")\n145 drones…'
 */
export async function askInConversation(
	factdesk: AsyncFactdesk,
	asked: string,
	conversation: Conversation,
): Promise<string> {
	const { question, followed } = resolveFollowUp(asked, conversation.previous);
	const answer = await factdesk.ask(question, followed?.report);
	conversation.previous = {
		asked,
		resolved: question,
		at: Date.now(),
		...(answer.sources[0] && { report: answer.sources[0].report }),
		...(answer.answered && { answer: answer.answer }),
	};
	const text = formatChatAnswer(answer, await factdesk.reports());
	return followed ? `${consoleText.chat.followingUp(followed.asked, question)}\n${text}` : text;
}

/** An answer as chat text, with "did you mean" questions when unsure. */
export function formatChatAnswer(answer: Answer, reports: ReportInfo[]): string {
	const text = formatAnswer(answer, reports);
	const unsure = answer.answered && answer.confidence < DEFAULT_THRESHOLD;
	if (!unsure || answer.alternatives.length === 0) return text;
	const alternatives = answer.alternatives.map((a) => `  - ${a.question}`);
	return [text, consoleText.chat.didYouMean, ...alternatives].join('\n');
}
