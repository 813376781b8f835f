import type { Config } from '../config.ts';
import { deferFactdesk } from '../core/AsyncFactdesk.ts';
import type { Logger } from '../logger.ts';
import { type OpenedLibrary, openReportLibrary } from '../reports/openReportLibrary.ts';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import { openSettingsStore } from '../storage/openSettingsStore.ts';
import { StorageError } from '../storage/StorageError.ts';
import { startBot } from './startBot.ts';

/**
 * Runs the bot in this process until SIGINT or SIGTERM: opens the settings store the configuration names
 * (PostgreSQL with DATABASE_URL, else the SQLite file) and the reports, logs in at DISCORD_API_URL, and on a signal
 * logs out, closes the store and exits 0. A store that cannot be used is reported on stderr (exit code 1); a failed
 * login is logged and exits 1. Under a ShardingManager it is one shard: discord.js reads the shard from the
 * environment the manager sets.
 *
 * @example
 * await runBot(loadConfig(), token, createLogger('info'));
 */
export async function runBot(
	config: Config,
	token: string,
	logger: Logger,
	// The engine thread loads the reports while the store opens and the bot logs in; early questions wait for it.
	opening: Promise<OpenedLibrary> = openReportLibrary(config.reportsDir, logger, {
		cacheDir: config.cacheDir,
		budgetMs: config.reportIndexBudgetMs,
	}),
): Promise<void> {
	let store: AsyncSettingsStore;
	try {
		store = await openSettingsStore({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
	} catch (error) {
		if (!(error instanceof StorageError)) throw error;
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 1;
		await opening.then((opened) => opened.stop()).catch(() => undefined);
		return;
	}
	const running = startBot({
		token,
		apiUrl: config.discordApiUrl,
		...(config.discordGuildId ? { guildId: config.discordGuildId } : {}),
		messageContent: config.discordMessageContent,
		factdesk: deferFactdesk(opening.then(({ library }) => library.factdesk)),
		reloadReports: async () => (await opening).library.reload(),
		store,
		logger,
		cooldownSeconds: config.askCooldownSeconds,
		channelAnswersPerMinute: config.channelAnswersPerMinute,
	});
	const closeStore = () =>
		store.close().catch((error: unknown) => logger.error({ err: error }, 'the settings store did not close cleanly'));
	const shutdown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'shutting down');
		await opening.then((opened) => opened.stop()).catch(() => undefined);
		const bot = await running.catch(() => undefined);
		await bot
			?.stop()
			.catch((error: unknown) => logger.error({ err: error }, 'the Discord client did not stop cleanly'));
		await closeStore();
		process.exit(0);
	};
	process.once('SIGINT', (signal) => void shutdown(signal));
	process.once('SIGTERM', (signal) => void shutdown(signal));
	try {
		await Promise.all([running, opening]);
	} catch (error) {
		logger.fatal({ err: error }, 'the Discord bot could not start');
		await closeStore();
		process.exit(1);
	}
}
