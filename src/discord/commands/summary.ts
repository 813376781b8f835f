import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { SUMMARY_LENGTHS, type SummaryLength } from '../../core/types.ts';
import { autocompleteReports } from '../autocompleteReports.ts';
import { renderSummary } from '../renderSummary.ts';
import { defer, send } from '../send.ts';
import type { SlashCommand } from './Command.ts';

export const summaryData = {
	type: ApplicationCommandType.ChatInput,
	name: 'summary',
	description: 'A summary of a report, each sentence with the paragraph it comes from.',
	options: [
		{
			type: ApplicationCommandOptionType.String,
			name: 'length',
			description: 'How long the summary is (default: short).',
			choices: SUMMARY_LENGTHS.map((length) => ({ name: length, value: length })),
		},
		{
			type: ApplicationCommandOptionType.String,
			name: 'topic',
			description: 'Only what the report says about this, e.g. drones.',
			max_length: 100,
		},
		{
			type: ApplicationCommandOptionType.String,
			name: 'report',
			description: 'Which report (default: the first).',
			autocomplete: true,
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /summary [length] [topic] [report]: the cited summary; deferred, since summarising may take a while. */
export const summary: SlashCommand = {
	kind: 'slash',
	data: summaryData,
	followsChannelSettings: true,
	async execute(interaction, ctx) {
		await defer(interaction);
		const length = SUMMARY_LENGTHS.find((l) => l === interaction.options.getString('length')) as
			| SummaryLength
			| undefined;
		const topic = interaction.options.getString('topic')?.trim() || undefined;
		const report = interaction.options.getString('report') ?? undefined;
		const result = await ctx.factdeskFor(interaction.guildId).summarise({
			...(length && { length }),
			...(topic && { topic }),
			...(report && { report }),
		});
		await send(interaction, renderSummary(result));
	},
	autocomplete: (interaction, ctx) => autocompleteReports(interaction, ctx.factdeskFor(interaction.guildId)),
};
