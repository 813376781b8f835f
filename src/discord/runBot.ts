import { type ComposedReports, composeManagedReports } from '../compose/composeManagedReports.ts';
import type { Config } from '../config.ts';
import { deferFactdesk } from '../engine/AsyncFactdesk.ts';
import { type OpenedEngine, openEngine } from '../engine/openEngine.ts';
import type { Logger } from '../logger.ts';
import { Metrics } from '../service/Metrics.ts';
import { serviceText } from '../service/serviceText.ts';
import { type RunningHttpServer, startHttpServer } from '../service/startHttpServer.ts';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import { CachedSettingsStore } from '../storage/CachedSettingsStore.ts';
import { openSettingsStore } from '../storage/openSettingsStore.ts';
import { StorageError } from '../storage/StorageError.ts';
import { type RunningBot, startBot } from './startBot.ts';

export interface RunBotOptions {
	metrics?: Metrics;
	/** The reports, already opening (main.ts starts them before discord.js loads); opened here otherwise. */
	opening?: Promise<OpenedEngine>;
}

/**
 * Runs the bot in this process until SIGINT or SIGTERM: opens the settings store the configuration names
 * (PostgreSQL with DATABASE_URL, else the SQLite file; cached per server) and the reports, serves /healthz and
 * /metrics when HTTP_PORT is set (shard N on HTTP_PORT + N), logs in at DISCORD_API_URL, and on a signal logs out,
 * closes the store and exits 0. A store that cannot be used is reported on stderr (exit code 1); a failed login
 * is logged and exits 1. Under a ShardingManager it is one shard: discord.js reads the shard from the environment.
 *
 * @example
 * await runBot(loadConfig(), token, createLogger('info'), { metrics: new Metrics() });
 */
export async function runBot(
	config: Config,
	token: string,
	logger: Logger,
	options: RunBotOptions = {},
): Promise<void> {
	const metrics = options.metrics ?? new Metrics();
	// The engine thread loads the reports while the store opens and the bot logs in; early questions wait for it.
	const opening =
		options.opening ??
		openEngine(config.reportsDir, logger, {
			cacheDir: config.cacheDir,
			budgetMs: config.reportIndexBudgetMs,
			onReload: (ok, seconds) => metrics.reload(ok, seconds),
		});
	opening.then(({ library }) => metrics.watchEngine(library)).catch(() => undefined);
	const shared = deferFactdesk(opening.then(({ library }) => library.factdesk));
	let store: AsyncSettingsStore;
	let managed: ComposedReports;
	try {
		const database = await openSettingsStore({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
		store = new CachedSettingsStore(database, { onError: () => metrics.databaseError() });
		managed = await composeManagedReports(config, shared).catch(async (error: unknown) => {
			await store.close();
			throw error;
		});
	} catch (error) {
		if (!(error instanceof StorageError)) throw error;
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 1;
		await opening.then((opened) => opened.stop()).catch(() => undefined);
		return;
	}
	let bot: RunningBot | undefined;
	const http = await serveHealth(config, logger, metrics, {
		gateway: () => bot?.gatewayReady() === true,
		engine: async () => (await opening).library.factdesk.suggest('health', 1).then(() => true),
		database: () => store.settingsVersion().then(() => true),
	});
	const running = startBot({
		token,
		apiUrl: config.discordApiUrl,
		...(config.discordGuildId ? { guildId: config.discordGuildId } : {}),
		messageContent: config.discordMessageContent,
		factdesk: shared,
		factdeskFor: (guildId) => managed.engines.factdeskFor(guildId),
		reports: managed.reports,
		reloadReports: async () => (await opening).library.reload(),
		store,
		logger,
		metrics,
		logQuestions: config.logQuestions,
		cooldownSeconds: config.askCooldownSeconds,
		channelAnswersPerMinute: config.channelAnswersPerMinute,
	});
	running.then((started) => (bot = started)).catch(() => undefined);
	const closeStore = () =>
		store.close().catch((error: unknown) => logger.error({ err: error }, 'the settings store did not close cleanly'));
	const shutdown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'shutting down');
		await http?.close();
		await opening.then((opened) => opened.stop()).catch(() => undefined);
		const started = await running.catch(() => undefined);
		await started
			?.stop()
			.catch((error: unknown) => logger.error({ err: error }, 'the Discord client did not stop cleanly'));
		await managed.close().catch(() => undefined);
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

/** /healthz and /metrics on HTTP_HOST:HTTP_PORT (+ this shard's id), when HTTP_PORT is set; a failure is logged. */
async function serveHealth(
	config: Config,
	logger: Logger,
	metrics: Metrics,
	checks: Parameters<typeof startHttpServer>[0]['checks'],
): Promise<RunningHttpServer | undefined> {
	if (config.httpPort === undefined) return undefined;
	const port = config.httpPort + (config.processShards?.[0] ?? 0);
	try {
		const http = await startHttpServer({ port, host: config.httpHost, metrics, checks });
		logger.info({ host: config.httpHost, port: http.port }, serviceText.listening);
		return http;
	} catch (error) {
		logger.error({ err: error, host: config.httpHost, port }, serviceText.cannotListen);
		return undefined;
	}
}
