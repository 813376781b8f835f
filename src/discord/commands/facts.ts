import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { FACT_KINDS } from '../../core/types.ts';
import { FACTS_PER_PAGE, renderFacts } from '../renderFacts.ts';
import { reportPublished, reportTitle } from '../reportTitle.ts';
import { defer, send } from '../send.ts';
import type { SlashCommand } from './Command.ts';

/** Longest `about` accepted, so that it fits in the paging buttons' custom_id. */
export const ABOUT_MAX = 60;

export const factsData = {
	type: ApplicationCommandType.ChatInput,
	name: 'facts',
	description: 'Figures, people, places, dates and quotes from the reports, each cited.',
	options: [
		{
			type: ApplicationCommandOptionType.String,
			name: 'kind',
			description: 'Which kind of fact.',
			choices: FACT_KINDS.map((kind) => ({ name: kind, value: kind })),
		},
		{
			type: ApplicationCommandOptionType.String,
			name: 'about',
			description: 'Only facts about this, e.g. drones or Zelensky.',
			max_length: ABOUT_MAX,
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /facts [kind] [about]: the first page of matching facts, with paging buttons when there are more. */
export const facts: SlashCommand = {
	kind: 'slash',
	data: factsData,
	followsChannelSettings: true,
	async execute(interaction, ctx) {
		await defer(interaction);
		const kind = FACT_KINDS.find((k) => k === interaction.options.getString('kind'));
		const about = interaction.options.getString('about')?.trim().slice(0, ABOUT_MAX) || undefined;
		const found = await ctx
			.factdeskFor(interaction.guildId)
			.factPage({ ...(kind && { kind }), ...(about && { about }) }, 0, FACTS_PER_PAGE);
		const desk = ctx.factdeskFor(interaction.guildId);
		const [titleOf, publishedOf] = await Promise.all([reportTitle(desk), reportPublished(desk)]);
		const view = { ...(kind && { kind }), ...(about && { about }), titleOf, publishedOf };
		await send(interaction, renderFacts(found, view));
	},
};
