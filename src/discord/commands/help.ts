import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { send } from '../send.ts';
import { wording } from '../wording/wording.ts';
import type { SlashCommand } from './Command.ts';

export const helpData = {
	type: ApplicationCommandType.ChatInput,
	name: 'help',
	description: 'What factdesk does and how to ask it.',
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** /help: what the bot does and how to ask; only the asker sees it. */
export const help: SlashCommand = {
	kind: 'slash',
	data: helpData,
	followsChannelSettings: false,
	async execute(interaction) {
		await send(interaction, {
			embeds: [{ title: wording().helpTitle, description: wording().help }],
			ephemeral: true,
		});
	},
};
