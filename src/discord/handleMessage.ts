import type { Message } from 'discord.js';
import { UserError } from '../core/errors.ts';
import { messages } from '../core/messages.ts';
import { askQuestion } from './askQuestion.ts';
import type { BotContext } from './BotContext.ts';
import { channelMode } from './channelMode.ts';
import { looksLikeQuestion } from './looksLikeQuestion.ts';
import { send } from './send.ts';

/**
 * Answers channel messages: in mention and auto channels a message that mentions the bot gets a reply with the
 * sourced answer; in auto channels a message that looks like a question gets one too when the answer's confidence
 * reaches the server's threshold, at most a few a minute per channel. A mention counts against the member's /ask
 * cooldown; within it the mention is ignored (a public "slow down" would be noise too). Never answers bots,
 * webhooks or itself.
 */
export async function handleMessage(message: Message, ctx: BotContext, botUserId: string): Promise<void> {
	if (message.author.bot || message.author.id === botUserId || message.webhookId || !message.inGuild()) return;
	const settings = await ctx.store.get(message.guildId).catch((error: unknown) => {
		ctx.logger.error({ err: error, message: message.id }, 'could not read the server settings');
		return undefined;
	});
	if (!settings) return;
	const parentId = message.channel.isThread() ? message.channel.parentId : null;
	const mode = channelMode(settings, message.channelId, parentId);
	if (mode === 'off') return;
	const mentioned = message.mentions.users.has(botUserId);
	const text = message.content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ').trim();
	try {
		const what = { guild: message.guildId, channel: message.channelId };
		if (mentioned) {
			if (ctx.askCooldown.take(message.author.id) > 0) return;
			await ctx.interactions.track({ command: 'mention', ...what }, async () => {
				await send(message, (await askQuestion(ctx, text, message.guildId)).reply);
			});
			return;
		}
		if (mode !== 'auto' || !looksLikeQuestion(text)) return;
		await ctx.interactions.track({ command: 'auto', ...what }, async () => {
			const { answer, reply } = await askQuestion(ctx, text, message.guildId, false);
			if (!answer.answered || answer.confidence < settings.threshold) return;
			if (ctx.autoAnswers.take(message.channelId) > 0) return;
			await send(message, reply);
		});
	} catch (error) {
		const isUserError = error instanceof UserError;
		if (!isUserError) ctx.logger.error({ err: error, message: message.id }, 'message handling failed');
		if (!mentioned) return;
		await send(message, { content: isUserError ? error.message : messages.apology }).catch((sendError: unknown) =>
			ctx.logger.error({ err: sendError, message: message.id }, 'could not tell the user about an error'),
		);
	}
}
