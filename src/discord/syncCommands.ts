import { pathToFileURL } from 'node:url';
import { type APIApplication, REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../config.ts';
import { registerCommands } from './registerCommands.ts';
import { wording } from './wording/wording.ts';

export interface SyncOptions {
	token: string;
	apiUrl: string;
	guildId?: string;
}

/**
 * Overwrites the registered commands with the current list (`npm run commands:sync`), without starting the bot:
 * the application id comes from GET /applications/@me. Returns how many commands are registered.
 */
export async function syncCommands(options: SyncOptions): Promise<number> {
	const rest = new REST({ api: options.apiUrl }).setToken(options.token);
	const application = (await rest.get(Routes.currentApplication())) as APIApplication;
	return registerCommands(rest, application.id, options.guildId);
}

async function main(): Promise<void> {
	try {
		const config = loadConfig();
		if (!config.discordToken) throw new ConfigError(wording().syncNeedsToken);
		const count = await syncCommands({
			token: config.discordToken,
			apiUrl: config.discordApiUrl,
			...(config.discordGuildId && { guildId: config.discordGuildId }),
		});
		console.log(wording().synced(count, config.discordGuildId));
	} catch (error) {
		console.error(error instanceof ConfigError ? error.message : wording().syncFailed(String(error)));
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
