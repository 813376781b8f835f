import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { autocompleteReports } from '../autocompleteReports.ts';
import { renderParagraph } from '../renderParagraph.ts';
import { send } from '../send.ts';
import type { SlashCommand } from './Command.ts';

export const sourceData = {
	type: ApplicationCommandType.ChatInput,
	name: 'source',
	description: 'A paragraph of a report, word for word.',
	options: [
		{
			type: ApplicationCommandOptionType.Integer,
			name: 'paragraph',
			description: 'Paragraph number, from 1.',
			required: true,
			min_value: 1,
		},
		{
			type: ApplicationCommandOptionType.String,
			name: 'report',
			description: 'Which report (default: the first).',
			autocomplete: true,
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /source paragraph:<n> [report]: the paragraph verbatim. */
export const source: SlashCommand = {
	kind: 'slash',
	data: sourceData,
	followsChannelSettings: true,
	async execute(interaction, ctx) {
		const paragraph = interaction.options.getInteger('paragraph', true);
		const report = interaction.options.getString('report') ?? undefined;
		await send(interaction, renderParagraph(await ctx.factdeskFor(interaction.guildId).paragraph(paragraph, report)));
	},
	autocomplete: (interaction, ctx) => autocompleteReports(interaction, ctx.factdeskFor(interaction.guildId)),
};
