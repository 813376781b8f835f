import { BaseInteraction, type Message, MessageFlags, type RepliableInteraction } from 'discord.js';
import { fitMessage, type Outgoing } from './fitMessage.ts';

/** Where a reply goes: an interaction (reply, edit or follow-up) or a channel message (a reply to it). */
export type SendTarget = RepliableInteraction | Message;

export interface SendOptions {
	/** For a button: replace the message the button sits on instead of replying. */
	update?: boolean;
	/** Send a new follow-up message even when the deferred reply was not edited yet. */
	followUp?: boolean;
}

/**
 * The one way a reply leaves the bot: applies Discord's limits, never pings anyone, and picks reply, editReply,
 * followUp or update from the interaction's state.
 */
export async function send(target: SendTarget, message: Outgoing, options: SendOptions = {}): Promise<void> {
	await sendMessage(target, message, options);
}

/** Like send, and resolves to the message sent when Discord returns one (a reply, an edited or follow-up reply). */
export async function sendMessage(
	target: SendTarget,
	message: Outgoing,
	options: SendOptions = {},
): Promise<Message | undefined> {
	const fitted = fitMessage(message);
	const body = {
		...(fitted.content !== undefined && { content: fitted.content }),
		...(fitted.embeds && { embeds: fitted.embeds }),
		...(fitted.components && { components: fitted.components }),
		allowedMentions: { parse: [], repliedUser: false },
	};
	if (!(target instanceof BaseInteraction)) return target.reply(body);
	const flags = fitted.ephemeral ? MessageFlags.Ephemeral : undefined;
	if (options.update && target.isMessageComponent() && !target.deferred && !target.replied) {
		await target.update(body);
		return undefined;
	}
	if (target.replied || options.followUp) return target.followUp({ ...body, ...(flags && { flags }) });
	if (target.deferred) return target.editReply(body);
	await target.reply({ ...body, ...(flags && { flags }) });
	return undefined;
}

/** Acknowledges an interaction whose work may take more than 2 seconds; the answer then edits this reply. */
export async function defer(interaction: RepliableInteraction, ephemeral = false): Promise<void> {
	if (interaction.deferred || interaction.replied) return;
	await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}
