import { BaseInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { UserError } from '../core/errors.ts';
import { type SendTarget, send } from './send.ts';
import { wording } from './wording/wording.ts';

/**
 * The single catch at each edge of the bot (an interaction in handleInteraction, a channel message in
 * handleMessage): a UserError is shown to the member as it is (only to them, for an interaction); anything else is
 * logged and the member gets the apology. With `tell` false (a message the bot was not asked to answer) the error
 * is only logged. A failure to send that reply is logged too, never thrown.
 */
export async function reportError(target: SendTarget, error: unknown, logger: Logger, tell = true): Promise<void> {
	const interaction = target instanceof BaseInteraction ? target : undefined;
	const where = interaction ? { interaction: target.id } : { message: target.id };
	let content: string;
	if (error instanceof UserError) content = error.message;
	else {
		logger.error({ err: error, ...where }, interaction ? 'interaction failed' : 'message handling failed');
		content = wording().apology;
	}
	if (!tell) return;
	try {
		if (interaction?.deferred && !interaction.replied && !interaction.ephemeral) {
			await interaction.deleteReply();
			await send(interaction, { content, ephemeral: true }, { followUp: true });
		} else {
			await send(target, { content, ...(interaction && { ephemeral: true }) });
		}
	} catch (sendError) {
		logger.error({ err: sendError, ...where }, 'could not tell the user about an error');
	}
}
