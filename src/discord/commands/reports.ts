import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type ChatInputCommandInteraction,
	InteractionContextType,
	PermissionFlagsBits,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { UserError } from '../../core/errors.ts';
import { ReportRefused } from '../../reports/fetch/ReportRefused.ts';
import type { ManagedReports } from '../../reports/managed/ManagedReports.ts';
import { MAX_REPORT_BYTES } from '../../reports/parseReport.ts';
import { plainText } from '../plainText.ts';
import { refusalText, renderAdded, renderReportList } from '../renderReports.ts';
import { defer, send } from '../send.ts';
import { wording } from '../wording/wording.ts';
import type { SlashCommand } from './Command.ts';

export const reportsData = {
	type: ApplicationCommandType.ChatInput,
	name: 'reports',
	description: 'Moderators: manage this server’s own reports; everyone: list them.',
	dm_permission: false,
	contexts: [InteractionContextType.Guild],
	options: [
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'add',
			description: 'Add a report from a file (.txt, .md, .html) or a news link.',
			options: [
				{
					type: ApplicationCommandOptionType.Attachment,
					name: 'file',
					description: 'A .txt, .md or .html file, at most 2 MB.',
				},
				{
					type: ApplicationCommandOptionType.String,
					name: 'url',
					description: 'An http(s) link to a news article.',
					max_length: 2048,
				},
			],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'list',
			description: 'This server’s reports and the shared ones.',
			options: [
				{ type: ApplicationCommandOptionType.Integer, name: 'page', description: 'Which page (from 1).', min_value: 1 },
			],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'remove',
			description: 'Remove one of this server’s own reports.',
			options: [
				{
					type: ApplicationCommandOptionType.String,
					name: 'report',
					description: 'Which report.',
					required: true,
					autocomplete: true,
					max_length: 100,
				},
			],
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * /reports add|list|remove. Anyone may list; adding and removing need Manage Server, checked here when the command
 * runs (like /config), since the command itself is open to everyone for `list`.
 */
export const reports: SlashCommand = {
	kind: 'slash',
	data: reportsData,
	followsChannelSettings: false,
	async execute(interaction, ctx) {
		if (!interaction.inGuild()) throw new UserError(wording().reports.guildOnly);
		const managed = ctx.reports;
		if (!managed) throw new UserError(wording().reports.unavailable);
		const subcommand = interaction.options.getSubcommand(true);
		if (subcommand === 'list') {
			const page = interaction.options.getInteger('page') ?? 1;
			return send(interaction, renderReportList(await managed.list(interaction.guildId), page));
		}
		if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild))
			throw new UserError(wording().reports.forbidden);
		try {
			if (subcommand === 'remove') return await remove(interaction, managed, interaction.guildId);
			return await add(interaction, managed, interaction.guildId);
		} catch (error) {
			if (error instanceof ReportRefused) throw new UserError(refusalText(error.reason, error.detail));
			throw error;
		}
	},
	async autocomplete(interaction, ctx) {
		if (!interaction.inGuild() || !ctx.reports) return [];
		const typed = interaction.options.getFocused().slice(0, 100).toLowerCase();
		return (await ctx.reports.list(interaction.guildId))
			.filter((r) => r.scope === 'server')
			.filter((r) => r.id.includes(typed) || r.title.toLowerCase().includes(typed))
			.slice(0, 25)
			.map((r) => ({ name: r.title.slice(0, 100), value: r.id.slice(0, 100) }));
	},
};

async function add(interaction: ChatInputCommandInteraction, managed: ManagedReports, guildId: string): Promise<void> {
	const file = interaction.options.getAttachment('file');
	const url = interaction.options.getString('url')?.trim();
	if ((file ? 1 : 0) + (url ? 1 : 0) !== 1) throw new UserError(wording().reports.oneSource);
	if (file && file.size > MAX_REPORT_BYTES) throw new ReportRefused('tooLarge', String(MAX_REPORT_BYTES));
	// Fetching and reading take longer than Discord waits for a first reply.
	await defer(interaction, true);
	const input = file
		? { kind: 'attachment' as const, name: file.name, url: file.url, size: file.size }
		: { kind: 'url' as const, url: url ?? '' };
	return send(interaction, renderAdded(await managed.add(guildId, input, interaction.user.id)));
}

async function remove(
	interaction: ChatInputCommandInteraction,
	managed: ManagedReports,
	guildId: string,
): Promise<void> {
	const id = interaction.options.getString('report', true);
	const listed = (await managed.list(guildId)).find((r) => r.scope === 'server' && r.id === id);
	if (!listed || !(await managed.remove(guildId, id))) throw new UserError(wording().reports.notFound(plainText(id)));
	return send(interaction, { content: wording().reports.removed(plainText(listed.title)), ephemeral: true });
}
