import type { Config } from '../config.ts';
import { createProgressBar } from '../console/createProgressBar.ts';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import { deferFactdesk } from '../engine/AsyncFactdesk.ts';
import type { EngineSettings } from '../engine/openEngine.ts';
import { openEngine } from '../engine/openEngine.ts';
import type { Logger } from '../logger.ts';
import { Metrics } from '../service/Metrics.ts';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import { CachedSettingsStore } from '../storage/CachedSettingsStore.ts';
import { openSettingsStore } from '../storage/openSettingsStore.ts';
import { StorageError } from '../storage/StorageError.ts';
import { type ComposedReports, composeManagedReports } from './composeManagedReports.ts';
import { engineSettings } from './engineSettings.ts';

/**
 * The bot in this process (alone, or one shard): its engine on a worker thread, started first so that it loads the
 * reports while discord.js loads, the store opens and the bot logs in (early questions wait for it); the settings
 * store the configuration names (PostgreSQL with DATABASE_URL, else the SQLite file; cached per server); the
 * servers' own reports; the metrics; then runBot. A store that cannot be used is reported on stderr (exit code 1).
 */
export async function composeBot(config: Config, token: string, logger: Logger, shard?: number): Promise<void> {
	const metrics = new Metrics(shard === undefined ? {} : { shard: String(shard) });
	const settings = engineSettings(config, (message, problem) => logger.warn({ problem }, message));
	const opening = openEngine(config.reportsDir, settings, logger, {
		place: 'worker',
		onProgress: createProgressBar(process.stderr),
		onReload: (ok, seconds) => metrics.reload(ok, seconds),
	});
	opening.then(({ supervisor }) => metrics.watchEngine(supervisor)).catch(() => undefined); // runBot reports it
	const engine = deferFactdesk(opening.then(({ supervisor }) => supervisor.factdesk));
	const [stores, { runBot }] = await Promise.all([
		openStores(config, engine, settings, metrics),
		import('../discord/runBot.ts'),
	]);
	if (!stores) {
		process.exitCode = 1;
		await opening.then((opened) => opened.stop()).catch(() => undefined);
		return;
	}
	return runBot({ config, token, logger, metrics, opening, engine, ...stores });
}

/** The settings store and the servers' own reports, or undefined (told on stderr) when the database cannot be used. */
async function openStores(
	config: Config,
	engine: AsyncFactdesk,
	settings: EngineSettings,
	metrics: Metrics,
): Promise<{ store: AsyncSettingsStore; managed: ComposedReports } | undefined> {
	try {
		const database = await openSettingsStore({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
		const store = new CachedSettingsStore(database, { onError: () => metrics.databaseError() });
		const managed = await composeManagedReports(config, engine, settings.model ? { model: settings.model } : {}).catch(
			async (error: unknown) => {
				await store.close();
				throw error;
			},
		);
		return { store, managed };
	} catch (error) {
		if (!(error instanceof StorageError)) throw error;
		process.stderr.write(`${error.message}\n`);
		return undefined;
	}
}
