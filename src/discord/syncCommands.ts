import { pathToFileURL } from 'node:url';
import { type APIApplication, REST, Routes } from 'discord.js';
import { ConfigError } from '../ConfigError.ts';
import { loadConfig } from '../config.ts';
import { serviceText } from '../service/serviceText.ts';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import { openSettingsStore } from '../storage/openSettingsStore.ts';
import { registerCommands } from './registerCommands.ts';
import { registerIfChanged } from './registerIfChanged.ts';
import { wording } from './wording/wording.ts';

export interface SyncOptions {
	token: string;
	apiUrl: string;
	guildId?: string;
	/** Where the hash of the commands last registered is kept; without it they are always registered. */
	store?: Pick<AsyncSettingsStore, 'getState' | 'setState'>;
	/** Register even when unchanged (`npm run commands:sync -- --force`). */
	force?: boolean;
}

/**
 * Overwrites the registered commands with the current list (`npm run commands:sync`), without starting the bot:
 * the application id comes from GET /applications/@me. With a store, only when they changed since the last
 * registration, unless `force`. Returns how many commands are registered (undefined: unchanged, skipped).
 */
export async function syncCommands(options: SyncOptions): Promise<number | undefined> {
	const rest = new REST({ api: options.apiUrl }).setToken(options.token);
	const application = (await rest.get(Routes.currentApplication())) as APIApplication;
	if (!options.store) return registerCommands(rest, application.id, options.guildId);
	return registerIfChanged(rest, application.id, options.store, {
		...(options.guildId && { guildId: options.guildId }),
		force: options.force === true,
	});
}

async function main(): Promise<void> {
	try {
		const config = loadConfig();
		if (!config.discordToken) throw new ConfigError(wording().syncNeedsToken);
		const store = await openSettingsStore({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
		try {
			const count = await syncCommands({
				token: config.discordToken,
				apiUrl: config.discordApiUrl,
				...(config.discordGuildId && { guildId: config.discordGuildId }),
				store,
				force: process.argv.includes('--force'),
			});
			console.log(count === undefined ? serviceText.commandsUnchanged : wording().synced(count, config.discordGuildId));
		} finally {
			await store.close();
		}
	} catch (error) {
		console.error(error instanceof ConfigError ? error.message : wording().syncFailed(String(error)));
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
