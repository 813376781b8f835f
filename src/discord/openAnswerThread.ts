import { ChannelType, type ChatInputCommandInteraction, type Message, PermissionFlagsBits } from 'discord.js';
import type { PreviousQuestion } from '../core/resolveFollowUp.ts';
import type { BotContext } from './BotContext.ts';
import { send } from './send.ts';
import { wording } from './wording/wording.ts';

/** Discord's limit on a thread name. */
const THREAD_NAME_MAX = 100;

/**
 * Opens a public thread on the answer `answer` (named after the question) where every message follows up on it;
 * where the bot may not create threads (a DM, a thread, no Create Public Threads permission) it tells the asker alone.
 */
export async function openAnswerThread(
	interaction: ChatInputCommandInteraction,
	answer: Message,
	asked: PreviousQuestion,
	ctx: BotContext,
): Promise<void> {
	const channelType = interaction.channel?.type;
	const threadable = channelType === ChannelType.GuildText || channelType === ChannelType.GuildAnnouncement;
	if (!threadable || !interaction.appPermissions.has(PermissionFlagsBits.CreatePublicThreads)) {
		await send(interaction, { content: wording().threadNotAllowed, ephemeral: true }, { followUp: true });
		return;
	}
	const thread = await answer.startThread({ name: asked.asked.slice(0, THREAD_NAME_MAX) });
	ctx.followUps.remember(`thread:${thread.id}`, asked);
}
