import { UserError } from '../core/errors.ts';
import { messages } from '../core/messages.ts';
import type { Answer } from '../core/types.ts';
import { DEFAULT_THRESHOLD } from '../storage/SettingsStore.ts';
import type { BotContext } from './BotContext.ts';
import type { Outgoing } from './fitMessage.ts';
import { renderAnswer } from './renderAnswer.ts';
import { reportTitle } from './reportTitle.ts';

/** Questions are cut to this many characters before matching. */
export const MAX_QUESTION_CHARS = 300;

/** Trims a question and cuts a very long one; throws UserError when nothing is left. */
export function cleanQuestion(raw: string): string {
	const question = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS).trim();
	if (question === '') throw new UserError(messages.discord.emptyQuestion);
	return question;
}

/** Throws UserError when `userId` asked within the cooldown. */
export function checkAskCooldown(ctx: BotContext, userId: string): void {
	const waitMs = ctx.askCooldown.take(userId);
	if (waitMs > 0) throw new UserError(messages.discord.cooldown(Math.ceil(waitMs / 1000)));
}

/**
 * Asks the core and renders the answer with the server's threshold; a declined question is logged for
 * `/config unanswered` when `guildId` is given and `logDeclined` is not false.
 */
export async function askQuestion(
	ctx: BotContext,
	raw: string,
	guildId: string | null,
	logDeclined = true,
): Promise<{ answer: Answer; reply: Outgoing }> {
	const question = cleanQuestion(raw);
	const answer = await ctx.factdesk.ask(question);
	ctx.interactions.noteAnswer(question, answer);
	if (!answer.answered && guildId && logDeclined) {
		// The log is for moderators; a full disk or a database that fails must not cost the member the answer.
		await ctx.store
			.logUnanswered(guildId, question)
			.catch((error: unknown) =>
				ctx.logger.warn({ err: error, guild: guildId }, 'could not log an unanswered question'),
			);
	}
	const threshold = guildId ? (await ctx.store.get(guildId)).threshold : DEFAULT_THRESHOLD;
	const reply = renderAnswer(answer, { threshold, titleOf: await reportTitle(ctx.factdesk) });
	return { answer, reply };
}
