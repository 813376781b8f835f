import type { ComposedReports } from '../compose/composeManagedReports.ts';
import type { Config } from '../config.ts';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import type { OpenedEngine } from '../engine/openEngine.ts';
import type { Logger } from '../logger.ts';
import { boundedStep } from '../service/boundedStep.ts';
import type { Metrics } from '../service/Metrics.ts';
import { serviceText } from '../service/serviceText.ts';
import { type RunningHttpServer, startHttpServer } from '../service/startHttpServer.ts';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import { type RunningBot, startBot } from './startBot.ts';

export interface BotParts {
	config: Config;
	token: string;
	logger: Logger;
	metrics: Metrics;
	/** The engine on its worker thread, still opening (the composition root started it before discord.js loaded). */
	opening: Promise<OpenedEngine>;
	/** The same engine, usable at once: early questions wait until it is loaded. */
	engine: AsyncFactdesk;
	store: AsyncSettingsStore;
	/** The servers' own reports, their store and their engines. */
	managed: ComposedReports;
}

/**
 * Runs the bot the composition root built (composeBot) until SIGINT or SIGTERM: serves /healthz and /metrics when
 * HTTP_PORT is set (shard N on HTTP_PORT + N), logs in at DISCORD_API_URL, and on a signal logs out, closes the
 * store and exits 0. A failed login or an engine that cannot load is logged and exits 1. Under a ShardingManager it
 * is one shard: discord.js reads the shard from the environment.
 */
export async function runBot(parts: BotParts): Promise<void> {
	const { config, token, logger, metrics, opening, store, managed } = parts;
	let bot: RunningBot | undefined;
	const http = await serveHealth(config, logger, metrics, {
		gateway: () => bot?.gatewayReady() === true,
		engine: async () => (await opening).supervisor.factdesk.suggest('health', 1).then(() => true),
		database: () => store.settingsVersion().then(() => true),
	});
	const running = startBot({
		token,
		apiUrl: config.discordApiUrl,
		...(config.discordGuildId ? { guildId: config.discordGuildId } : {}),
		messageContent: config.discordMessageContent,
		factdesk: parts.engine,
		factdeskFor: (guildId) => managed.engines.factdeskFor(guildId),
		reports: managed.reports,
		reloadReports: async () => (await opening).supervisor.reload(),
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
	const step = (name: string, work: () => Promise<unknown>) => boundedStep(logger, name, work);
	const shutdown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'shutting down');
		await step('health server', async () => http?.close());
		await step('engine', () => opening.then((opened) => opened.stop()).catch(() => undefined));
		await step('Discord client', async () =>
			(await running.catch(() => undefined))
				?.stop()
				.catch((error: unknown) => logger.error({ err: error }, 'the Discord client did not stop cleanly')),
		);
		await step('server reports', () => managed.close().catch(() => undefined));
		await step('settings store', closeStore);
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
