import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { askQuestion, checkAskCooldown, cleanQuestion, MAX_QUESTION_CHARS } from '../askQuestion.ts';
import { LIMITS } from '../fitMessage.ts';
import { openAnswerThread } from '../openAnswerThread.ts';
import { defer, sendMessage } from '../send.ts';
import type { SlashCommand } from './Command.ts';

const AUTOCOMPLETE_CHOICES = LIMITS.choices;
const CHOICE_MAX = 100;

export const askData = {
	type: ApplicationCommandType.ChatInput,
	name: 'ask',
	description: 'Ask a question about the news reports; the answer quotes its sentence and source.',
	options: [
		{
			type: ApplicationCommandOptionType.String,
			name: 'question',
			description: 'Your question, e.g. How many drones were shot down?',
			required: true,
			autocomplete: true,
			max_length: MAX_QUESTION_CHARS,
		},
		{ type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer.' },
		{
			type: ApplicationCommandOptionType.Boolean,
			name: 'thread',
			description: 'Open a thread for the answer, where follow-up questions keep its context.',
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * /ask question:<text> [private] [thread]: the sourced answer (in a new thread for follow-ups when asked and allowed), or a clear "not in the report". The cooldown and an empty
 * question are answered at once; otherwise the reply is deferred before the engine is asked, so a slow answer
 * (a busy engine thread, one still starting) never misses the 3 s Discord allows to acknowledge.
 */
export const ask: SlashCommand = {
	kind: 'slash',
	data: askData,
	followsChannelSettings: true,
	async execute(interaction, ctx) {
		checkAskCooldown(ctx, interaction.user.id);
		const question = cleanQuestion(interaction.options.getString('question', true));
		const ephemeral = interaction.options.getBoolean('private') ?? false;
		await defer(interaction, ephemeral);
		const asked = await askQuestion(ctx, question, interaction.guildId);
		const sent = await sendMessage(interaction, { ...asked.reply, ephemeral });
		if (!sent || ephemeral) return;
		ctx.followUps.remember(`msg:${sent.id}`, asked.remembered);
		if (interaction.options.getBoolean('thread')) await openAnswerThread(interaction, sent, asked.remembered, ctx);
	},
	async autocomplete(interaction, ctx) {
		const partial = interaction.options.getFocused().slice(0, MAX_QUESTION_CHARS);
		const suggestions = (await ctx.factdeskFor(interaction.guildId).suggest(partial, AUTOCOMPLETE_CHOICES)).filter(
			(s) => s.length <= CHOICE_MAX,
		);
		return suggestions.map((s) => ({ name: s, value: s }));
	},
};
