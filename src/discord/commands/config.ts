import { basename } from 'node:path';
import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ChannelType,
	type ChatInputCommandInteraction,
	InteractionContextType,
	PermissionFlagsBits,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
	Routes,
} from 'discord.js';
import { UserError } from '../../core/errors.ts';
import { CHANNEL_MODES } from '../../storage/SettingsStore.ts';
import type { BotContext } from '../BotContext.ts';
import { plainText } from '../plainText.ts';
import { renderFeedback } from '../renderFeedback.ts';
import { renderSettings, renderUnanswered } from '../renderSettings.ts';
import { reportTitle } from '../reportTitle.ts';
import { defer, send } from '../send.ts';
import { wording } from '../wording/wording.ts';
import type { SlashCommand } from './Command.ts';

const UNANSWERED_SHOWN = 20;
const FEEDBACK_SHOWN = 10;

export const configData = {
	type: ApplicationCommandType.ChatInput,
	name: 'config',
	description: 'Moderators: where and how factdesk answers in this server.',
	default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
	dm_permission: false,
	contexts: [InteractionContextType.Guild],
	options: [
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'channel',
			description: 'Set how factdesk answers in a channel.',
			options: [
				{
					type: ApplicationCommandOptionType.Channel,
					name: 'channel',
					description: 'The channel.',
					required: true,
					channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum],
				},
				{
					type: ApplicationCommandOptionType.String,
					name: 'mode',
					description: 'off: never; mention: commands and mentions; auto: also questions it is sure about.',
					required: true,
					choices: CHANNEL_MODES.map((mode) => ({ name: mode, value: mode })),
				},
			],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'threshold',
			description: 'Confidence an answer needs before factdesk answers unasked in auto channels.',
			options: [
				{
					type: ApplicationCommandOptionType.Number,
					name: 'value',
					description: 'From 0 to 1, e.g. 0.6.',
					required: true,
					min_value: 0,
					max_value: 1,
				},
			],
		},
		{ type: ApplicationCommandOptionType.Subcommand, name: 'show', description: 'Show the settings.' },
		{ type: ApplicationCommandOptionType.Subcommand, name: 'reset', description: 'Forget the settings.' },
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'unanswered',
			description: 'The latest questions the reports could not answer.',
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'feedback',
			description: 'The answers members voted wrong most often, and the questions declined most often.',
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'reload',
			description: 'Load the report files again, picking up new and changed ones.',
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * /config channel|threshold|show|reset|unanswered|feedback|reload. Besides the registered default permission, the member's
 * Manage Server permission is checked here, since a server may override who can use the command.
 */
export const config: SlashCommand = {
	kind: 'slash',
	data: configData,
	followsChannelSettings: false,
	async execute(interaction, ctx) {
		if (!interaction.inGuild()) throw new UserError(wording().configGuildOnly);
		if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild))
			throw new UserError(wording().configForbidden);
		const guildId = interaction.guildId;
		switch (interaction.options.getSubcommand(true)) {
			case 'channel': {
				const channel = interaction.options.getChannel('channel', true);
				if (!(await channelOfGuild(interaction, channel.id))) throw new UserError(wording().channelElsewhere);
				const mode = CHANNEL_MODES.find((m) => m === interaction.options.getString('mode', true)) ?? 'off';
				await ctx.store.setChannelMode(guildId, channel.id, mode);
				return send(interaction, { content: wording().channelSet(`<#${channel.id}>`, mode), ephemeral: true });
			}
			case 'threshold': {
				const value = Math.min(1, Math.max(0, interaction.options.getNumber('value', true)));
				await ctx.store.setThreshold(guildId, value);
				return send(interaction, { content: wording().thresholdSet(value), ephemeral: true });
			}
			case 'show':
				return send(interaction, renderSettings(await ctx.store.get(guildId)));
			case 'reset':
				await ctx.store.reset(guildId);
				return send(interaction, { content: wording().settingsReset, ephemeral: true });
			case 'reload':
				return reload(interaction, ctx);
			case 'feedback': {
				const [wrong, declined] = await Promise.all([
					ctx.store.wrongAnswers(guildId, FEEDBACK_SHOWN),
					ctx.store.declinedMostOften(guildId, FEEDBACK_SHOWN),
				]);
				return send(
					interaction,
					renderFeedback(wrong, declined, await reportTitle(ctx.factdeskFor(interaction.guildId))),
				);
			}
			default:
				return send(interaction, renderUnanswered(await ctx.store.unanswered(guildId, UNANSWERED_SHOWN)));
		}
	},
};

/**
 * Whether Discord itself says the channel belongs to this server. The channel in the interaction's resolved data
 * cannot be trusted for that (discord.js files it under this server, whatever it is), so it is fetched.
 */
async function channelOfGuild(
	interaction: ChatInputCommandInteraction<'cached' | 'raw'>,
	id: string,
): Promise<boolean> {
	try {
		const channel = (await interaction.client.rest.get(Routes.channel(id))) as { guild_id?: string };
		return channel.guild_id === interaction.guildId;
	} catch {
		return false;
	}
}

/** Reloads the reports (the answer may take longer than Discord waits for a reply, so it is deferred). */
async function reload(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
	if (!ctx.reloadReports) return send(interaction, { content: wording().reloadUnavailable, ephemeral: true });
	await defer(interaction, true);
	const result = await ctx.reloadReports();
	const content = result.ok
		? wording().reloaded(
				result.reports,
				result.errors.map((e) => plainText(basename(e.file))),
				result.shards,
			)
		: wording().reloadFailed(plainText(result.error), result.reports);
	return send(interaction, { content, ephemeral: true });
}
