import { createHash } from 'node:crypto';
import type { REST } from 'discord.js';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import { commands as allCommands, type Command } from './commands/index.ts';
import { registerCommands } from './registerCommands.ts';

export interface RegisterIfChangedOptions {
	guildId?: string;
	/** Register even when the definitions' hash equals the last one registered (`commands:sync -- --force`). */
	force?: boolean;
	commands?: readonly Command[];
}

/** The hash of the command definitions as they would be registered, for one application and scope. */
export function commandsHash(applicationId: string, guildId: string | undefined, commands: readonly Command[]): string {
	const body = JSON.stringify({ applicationId, scope: guildId ?? 'global', commands: commands.map((c) => c.data) });
	return createHash('sha256').update(body).digest('hex');
}

/**
 * Registers the commands (one bulk overwrite) unless their definitions' hash equals the one last registered for this
 * application and scope, kept in the settings database (shared by every shard and machine); then records the hash.
 * Returns how many commands were registered, or undefined when it skipped.
 *
 * @example
 * await registerIfChanged(client.rest, applicationId, store); // 7 the first time, undefined on the next start
 */
export async function registerIfChanged(
	rest: REST,
	applicationId: string,
	store: Pick<AsyncSettingsStore, 'getState' | 'setState'>,
	{ guildId, force = false, commands = allCommands }: RegisterIfChangedOptions = {},
): Promise<number | undefined> {
	const key = `commands:${applicationId}:${guildId ?? 'global'}`;
	const hash = commandsHash(applicationId, guildId, commands);
	if (!force && (await store.getState(key)) === hash) return undefined;
	const count = await registerCommands(rest, applicationId, guildId, commands);
	await store.setState(key, hash);
	return count;
}
