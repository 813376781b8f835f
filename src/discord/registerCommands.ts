import { type REST, Routes } from 'discord.js';
import { commands as allCommands, type Command } from './commands/index.ts';
import { localiseCommand } from './commands/localiseCommand.ts';

/**
 * Registers every command, with its names and descriptions in every translated locale, with one bulk overwrite: in one server when `guildId` is given (instant, for
 * development), else globally. Returns how many commands Discord now holds.
 */
export async function registerCommands(
	rest: REST,
	applicationId: string,
	guildId?: string,
	commands: readonly Command[] = allCommands,
): Promise<number> {
	const route = guildId
		? Routes.applicationGuildCommands(applicationId, guildId)
		: Routes.applicationCommands(applicationId);
	const registered = (await rest.put(route, { body: commands.map((c) => localiseCommand(c.data)) })) as unknown[];
	return registered.length;
}
