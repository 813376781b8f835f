import {
	ApplicationCommandType,
	InteractionContextType,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { UserError } from '../../core/errors.ts';
import { askQuestion, checkAskCooldown, cleanQuestion } from '../askQuestion.ts';
import { defer, send } from '../send.ts';
import { wording } from '../wording/wording.ts';
import type { MessageMenuCommand } from './Command.ts';

export const askMessageData = {
	type: ApplicationCommandType.Message,
	name: 'Ask factdesk',
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Message context menu "Ask factdesk": answers the question written in the chosen message, deferred like /ask. */
export const askMessage: MessageMenuCommand = {
	kind: 'message',
	data: askMessageData,
	followsChannelSettings: true,
	async execute(interaction, ctx) {
		checkAskCooldown(ctx, interaction.user.id);
		const text = interaction.targetMessage.content.replace(/<(@[!&]?|#)\d+>/g, ' ');
		if (text.trim() === '') throw new UserError(wording().noQuestionInMessage);
		const question = cleanQuestion(text);
		await defer(interaction);
		const { reply } = await askQuestion(ctx, question, interaction.guildId);
		await send(interaction, reply);
	},
};
