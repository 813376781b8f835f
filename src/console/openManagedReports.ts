import { type Config, type Environment, loadConfig, readEnvironment } from '../config.ts';
import type { Report } from '../core/types.ts';
import { addressRule, guardedAgent } from '../reports/fetch/guardedAgent.ts';
import { ManagedReports } from '../reports/managed/ManagedReports.ts';
import { SharedFolderStore } from '../reports/managed/SharedFolderStore.ts';
import { sharedReportInfos } from '../reports/managed/sharedReportFiles.ts';
import { openGuildReportStore } from '../storage/openGuildReportStore.ts';

/**
 * The configuration as the bot reads it (`env`, default process.env, and .env); a bad value throws ConfigError naming
 * the key.
 */
export function cliConfig(env: Environment = process.env): Config {
	return loadConfig(readEnvironment('.env', env));
}

/**
 * The CLI's ManagedReports: a server's reports in the bot's database (`server` given), or the shared folder
 * (REPORTS_DIR) as the store; fetching under the same address rule and limits as the bot.
 *
 * @example
 * const { reports, close } = await openManagedReports(cliConfig(), '123');
 */
export async function openManagedReports(
	config: Config,
	server: string | undefined,
): Promise<{ reports: ManagedReports; close(): Promise<void> }> {
	const allowed = addressRule(config.fetchAllowPrivate);
	const dispatcher = guardedAgent(allowed);
	const store = server ? await openGuildReportStore(config) : new SharedFolderStore(config.reportsDir);
	const reports = new ManagedReports({
		store,
		sharedReports: async () => sharedReportInfos(config.reportsDir),
		limits: { allowed, dispatcher },
		maxReports: server ? config.maxReportsPerServer : Number.MAX_SAFE_INTEGER,
	});
	return {
		reports,
		close: async () => {
			await store.close();
			await dispatcher.close();
		},
	};
}

/** A server's own reports from the bot's database, for `ask|summary|facts --server ID`. */
export async function serverReports(config: Config, server: string): Promise<Report[]> {
	const { reports, close } = await openManagedReports(config, server);
	try {
		return await reports.reportsOf(server);
	} finally {
		await close();
	}
}
