import type { RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { UserError } from '../core/errors.ts';
import { send } from './send.ts';
import { wording } from './wording/wording.ts';

/**
 * The single catch at the edge: a UserError is shown to the user as it is, only to them; anything else is logged
 * and the user gets the apology. A failure to send that reply is logged too, never thrown.
 */
export async function reportError(interaction: RepliableInteraction, error: unknown, logger: Logger): Promise<void> {
	const content = whatToSay(error, logger, { interaction: interaction.id }, 'interaction failed');
	try {
		if (interaction.deferred && !interaction.replied && !interaction.ephemeral) {
			await interaction.deleteReply();
			await send(interaction, { content, ephemeral: true }, { followUp: true });
		} else {
			await send(interaction, { content, ephemeral: true });
		}
	} catch (sendError) {
		logger.error({ err: sendError, interaction: interaction.id }, 'could not tell the user about an error');
	}
}

/**
 * What the member is told about an error, for every adapter's edge (interactions here, messages in handleMessage):
 * a UserError's own message; anything else is logged (`failed`, with `where`) and becomes the apology.
 */
export function whatToSay(error: unknown, logger: Logger, where: Record<string, string>, failed: string): string {
	if (error instanceof UserError) return error.message;
	logger.error({ err: error, ...where }, failed);
	return wording().apology;
}
