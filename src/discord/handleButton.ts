import type { ButtonInteraction } from 'discord.js';
import { UserError } from '../core/errors.ts';
import { DIRECT_MESSAGES } from '../storage/Feedback.ts';
import { askQuestion } from './askQuestion.ts';
import type { BotContext } from './BotContext.ts';
import { decodeCustomId } from './customIds.ts';
import { paragraphButton } from './renderAnswer.ts';
import { FACTS_PER_PAGE, renderFacts } from './renderFacts.ts';
import { renderParagraph } from './renderParagraph.ts';
import { reportPublished, reportTitle } from './reportTitle.ts';
import { defer, send } from './send.ts';
import { wording } from './wording/wording.ts';

/** The question on a "Did you mean" button; undefined when the label was cut to fit. */
function labelQuestion(interaction: ButtonInteraction): string | undefined {
	const component = interaction.component as ButtonInteraction['component'] | undefined;
	const label = component && 'label' in component ? component.label : undefined;
	return label && !label.endsWith('…') ? label : undefined;
}

/**
 * Answers a button click from what its custom_id encodes: Show paragraph (ephemeral), a "Did you mean"
 * alternative (its question asked again, or else its sentence quoted), a 👍 / 👎 vote on an answer (one per member,
 * changeable; the tally shown to the voter alone), or a page of /facts (the message is updated).
 */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
	const action = decodeCustomId(interaction.customId);
	if (!action) {
		ctx.logger.warn({ customId: interaction.customId.slice(0, 100) }, 'unknown button');
		throw new UserError(wording().unknownButton);
	}
	switch (action.kind) {
		case 'paragraph':
			return send(
				interaction,
				renderParagraph(await ctx.factdeskFor(interaction.guildId).paragraph(action.paragraph, action.report), true),
			);
		case 'alternative': {
			// Asking the engine again may take longer than Discord waits for a first reply (a reload, a restart).
			await defer(interaction, true);
			const question = labelQuestion(interaction);
			const asked = question
				? await askQuestion(ctx, question, interaction.guildId, { logDeclined: false })
				: undefined;
			const source = asked?.answer.sources[0];
			if (asked && source?.report === action.report && source.paragraph === action.paragraph) {
				return send(interaction, { ...asked.reply, ephemeral: true });
			}
			const paragraph = await ctx.factdeskFor(interaction.guildId).paragraph(action.paragraph, action.report);
			const sentence = paragraph.text.slice(action.start, action.end).trim() || paragraph.text;
			return send(interaction, {
				...renderParagraph({ ...paragraph, text: sentence }, true, true),
				components: [paragraphButton(action.report, action.paragraph)],
			});
		}
		case 'vote': {
			const guild = interaction.guildId ?? DIRECT_MESSAGES;
			const tally = await ctx.store.vote(guild, action.answerId, interaction.user.id, action.vote);
			const content = tally ? wording().voted(action.vote, tally.up, tally.down) : wording().voteExpired;
			return send(interaction, { content, ephemeral: true });
		}
		case 'facts': {
			const { factKind: kind, about, page } = action;
			const found = await ctx
				.factdeskFor(interaction.guildId)
				.factPage({ ...(kind && { kind }), ...(about && { about }) }, page, FACTS_PER_PAGE);
			const view = {
				titleOf: await reportTitle(ctx.factdeskFor(interaction.guildId)),
				publishedOf: await reportPublished(ctx.factdeskFor(interaction.guildId)),
				...(kind && { kind }),
				...(about && { about }),
			};
			return send(interaction, renderFacts(found, view), { update: true });
		}
	}
}
