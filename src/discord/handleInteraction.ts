import type { Interaction, RepliableInteraction } from 'discord.js';
import { UserError } from '../core/errors.ts';
import type { BotContext } from './BotContext.ts';
import { answeringChannels, channelMode } from './channelMode.ts';
import type { Command } from './commands/Command.ts';
import { handleButton } from './handleButton.ts';
import { reportError } from './reportError.ts';
import { inLocale, wording } from './wording/wording.ts';

/** Throws UserError (naming the channels that do answer) when the server switched this channel off. */
async function checkChannel(interaction: RepliableInteraction, ctx: BotContext): Promise<void> {
	if (!interaction.inGuild()) return;
	const settings = await ctx.store.get(interaction.guildId);
	const channel = interaction.channel;
	const parentId = channel?.isThread() ? channel.parentId : null;
	if (channelMode(settings, interaction.channelId ?? '', parentId) === 'off') {
		throw new UserError(wording().notHere(answeringChannels(settings)));
	}
}

/**
 * Routes an interaction to its command, autocomplete or button handler. This is the one place errors are caught:
 * see reportError.
 */
export function handleInteraction(
	interaction: Interaction,
	ctx: BotContext,
	commands: readonly Command[],
): Promise<void> {
	// The bot's own wording follows the member's client language where a translation exists.
	return inLocale(interaction.locale, () => handle(interaction, ctx, commands));
}

async function handle(interaction: Interaction, ctx: BotContext, commands: readonly Command[]): Promise<void> {
	if (interaction.isAutocomplete()) {
		const command = commands.find((c) => c.kind === 'slash' && c.data.name === interaction.commandName);
		try {
			// An unknown command or option still gets an answer (no choices), so the member's menu does not hang.
			const suggest = command?.kind === 'slash' ? command.autocomplete : undefined;
			const choices = suggest
				? await ctx.autocomplete.choices(interaction.user.id, () => suggest(interaction, ctx))
				: [];
			await interaction.respond(choices);
		} catch (error) {
			ctx.logger.error({ err: error, interaction: interaction.id }, 'autocomplete failed');
		}
		return;
	}
	if (!interaction.isRepliable()) return;
	const what = {
		command: interaction.isCommand() ? interaction.commandName : interaction.isButton() ? 'button' : 'other',
		guild: interaction.guildId,
		channel: interaction.channelId,
	};
	try {
		await ctx.interactions.track(what, () => route(interaction, ctx, commands));
	} catch (error) {
		await reportError(interaction, error, ctx.logger);
	}
}

async function route(interaction: RepliableInteraction, ctx: BotContext, commands: readonly Command[]): Promise<void> {
	if (interaction.isChatInputCommand()) {
		const command = commands.find((c) => c.kind === 'slash' && c.data.name === interaction.commandName);
		if (command?.kind !== 'slash') throw new Error(`unknown command /${interaction.commandName}`);
		if (command.followsChannelSettings) await checkChannel(interaction, ctx);
		await command.execute(interaction, ctx);
	} else if (interaction.isMessageContextMenuCommand()) {
		const command = commands.find((c) => c.kind === 'message' && c.data.name === interaction.commandName);
		if (command?.kind !== 'message') throw new Error(`unknown menu command ${interaction.commandName}`);
		if (command.followsChannelSettings) await checkChannel(interaction, ctx);
		await command.execute(interaction, ctx);
	} else if (interaction.isButton()) {
		// A button answers from the reports too: not in a channel the server switched off.
		await checkChannel(interaction, ctx);
		await handleButton(interaction, ctx);
	}
}
