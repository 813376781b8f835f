import type { Config } from './config.ts';
import { ConfigError, loadConfig } from './config.ts';
import { runChat } from './console/runChat.ts';
import { messages } from './core/messages.ts';
import { createLogger, type Logger } from './logger.ts';
import { openReportLibrary } from './reports/openReportLibrary.ts';
import type { ReportLibrary } from './reports/ReportLibrary.ts';
import { SqliteSettingsStore } from './storage/SqliteSettingsStore.ts';
import { StorageError } from './storage/StorageError.ts';

/** Composition root: config → logger → reports → core → the console chat, or the Discord bot when a token is set. */
async function main(): Promise<void> {
	let config: Config;
	try {
		config = loadConfig();
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		return fail(error.message);
	}
	const logger = createLogger(config.logLevel, { secrets: [config.discordToken] });
	const { library, stop } = openReportLibrary(config.reportsDir, logger);
	if (!config.discordToken) return startConsole(library, logger).finally(stop);
	return startDiscord(config, config.discordToken, library, logger);
}

async function startConsole(library: ReportLibrary, logger: Logger): Promise<void> {
	process.stdout.write(`${messages.chat.banner}\n\n`);
	await runChat({
		factdesk: library.factdesk,
		input: process.stdin,
		output: process.stdout,
		prompt: process.stdin.isTTY === true,
		onError: (error) => logger.error({ err: error }, 'console chat failed to answer'),
	});
}

async function startDiscord(config: Config, token: string, library: ReportLibrary, logger: Logger): Promise<void> {
	let store: SqliteSettingsStore;
	try {
		store = new SqliteSettingsStore(config.databasePath);
	} catch (error) {
		if (!(error instanceof StorageError)) throw error;
		return fail(error.message);
	}
	const { startBot } = await import('./discord/startBot.ts');
	const running = startBot({
		token,
		apiUrl: config.discordApiUrl,
		...(config.discordGuildId ? { guildId: config.discordGuildId } : {}),
		messageContent: config.discordMessageContent,
		factdesk: () => library.current(),
		reloadReports: () => library.reload(),
		store,
		logger,
		cooldownSeconds: config.askCooldownSeconds,
		channelAnswersPerMinute: config.channelAnswersPerMinute,
	});
	const shutdown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'shutting down');
		const bot = await running.catch(() => undefined);
		await bot
			?.stop()
			.catch((error: unknown) => logger.error({ err: error }, 'the Discord client did not stop cleanly'));
		store.close();
		process.exit(0);
	};
	process.once('SIGINT', (signal) => void shutdown(signal));
	process.once('SIGTERM', (signal) => void shutdown(signal));
	try {
		await running;
	} catch (error) {
		logger.fatal({ err: error }, 'the Discord bot could not start');
		store.close();
		process.exit(1);
	}
}

function fail(message: string): void {
	process.stderr.write(`${message}\n`);
	process.exitCode = 1;
}

main().catch((error: unknown) => {
	process.stderr.write(
		`factdesk stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
