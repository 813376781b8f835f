import type { Message } from 'discord.js';
import { askQuestion, keepAnswer } from './askQuestion.ts';
import type { BotContext } from './BotContext.ts';
import { channelMode } from './channelMode.ts';
import { looksLikeQuestion } from './looksLikeQuestion.ts';
import { reportError } from './reportError.ts';
import { sendMessage } from './send.ts';

/**
 * Answers channel messages: in mention and auto channels a message that mentions the bot gets a reply with the
 * sourced answer; in auto channels a message that looks like a question gets one too when the answer's confidence
 * reaches the server's threshold, at most a few a minute per channel. A mention counts against the member's /ask
 * cooldown; within it the mention is ignored (a public "slow down" would be noise too). Never answers bots,
 * webhooks or itself. A reply to one of its answers, or a message in a thread it opened for one, is a follow-up:
 * answered (like a mention) with the earlier question as context.
 */
export async function handleMessage(message: Message, ctx: BotContext, botUserId: string): Promise<void> {
	if (message.author.bot || message.author.id === botUserId || message.webhookId || !message.inGuild()) return;
	// Only a member who asked (a mention, a follow-up) is told about an error; an auto-mode miss is only logged.
	let asked = false;
	try {
		await answerMessage(message, ctx, botUserId, () => {
			asked = true;
		});
	} catch (error) {
		await reportError(message, error, ctx.logger, asked);
	}
}

async function answerMessage(
	message: Message<true>,
	ctx: BotContext,
	botUserId: string,
	askedDirectly: () => void,
): Promise<void> {
	const settings = await ctx.store.get(message.guildId);
	const parentId = message.channel.isThread() ? message.channel.parentId : null;
	const mode = channelMode(settings, message.channelId, parentId);
	if (mode === 'off') return;
	const mentioned = message.mentions.users.has(botUserId);
	const text = message.content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ').trim();
	// A reply to one of the bot's answers, or a message in a thread the bot opened for one, follows up on it.
	const repliedTo = message.reference?.messageId
		? ctx.followUps.recall(`msg:${message.reference.messageId}`)
		: undefined;
	const inThread = message.channel.isThread() ? ctx.followUps.recall(`thread:${message.channelId}`) : undefined;
	const previous = repliedTo ?? inThread;
	const what = { guild: message.guildId, channel: message.channelId };
	if (mentioned || previous) askedDirectly();
	if (mentioned || (previous && text !== '')) {
		if (ctx.askCooldown.take(message.author.id) > 0) return;
		await ctx.interactions.track({ command: previous ? 'follow-up' : 'mention', ...what }, async () => {
			const asked = await askQuestion(ctx, text, message.guildId, { ...(previous && { previous }) });
			const sent = await sendMessage(message, asked.reply);
			if (sent) ctx.followUps.remember(`msg:${sent.id}`, asked.remembered);
			if (inThread) ctx.followUps.remember(`thread:${message.channelId}`, asked.remembered);
		});
		return;
	}
	if (mode !== 'auto' || !looksLikeQuestion(text)) return;
	await ctx.interactions.track({ command: 'auto', ...what }, async () => {
		const asked = await askQuestion(ctx, text, message.guildId, { logDeclined: false, keep: false });
		const { answer, reply, remembered } = asked;
		if (!answer.answered || answer.confidence < settings.threshold) return;
		if (ctx.autoAnswers.take(message.channelId) > 0) return;
		await keepAnswer(ctx, message.guildId, asked.record);
		const sent = await sendMessage(message, reply);
		if (sent) ctx.followUps.remember(`msg:${sent.id}`, remembered);
	});
}
