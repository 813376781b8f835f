import type { Config } from '../config.ts';
import type { RankerModel } from '../core/RankerModel.ts';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import { buildReportSetEngine } from '../engine/buildReportSetEngine.ts';
import { GuildEngines } from '../engine/GuildEngines.ts';
import { addressRule, guardedAgent } from '../reports/fetch/guardedAgent.ts';
import { loadReports } from '../reports/loadReports.ts';
import { ManagedReports } from '../reports/managed/ManagedReports.ts';
import type { GuildReportStore } from '../storage/GuildReportStore.ts';
import { openGuildReportStore } from '../storage/openGuildReportStore.ts';

export interface ComposedReports {
	store: GuildReportStore;
	reports: ManagedReports;
	engines: GuildEngines;
	/** Closes the store and the fetch agent. */
	close(): Promise<void>;
}

/**
 * The servers' own reports as the configuration asks: their store in the settings database, safe fetching with the
 * address rule (FETCH_ALLOW_PRIVATE), MAX_REPORTS_PER_SERVER, and the per-server engines within ENGINE_MEMORY_MB over
 * the shared reports in REPORTS_DIR plus each server's own. Built once by the composition root.
 *
 * @example
 * const { engines, reports } = await composeManagedReports(config, library.factdesk);
 */
export async function composeManagedReports(
	config: Pick<
		Config,
		| 'databasePath'
		| 'databaseUrl'
		| 'reportsDir'
		| 'cacheDir'
		| 'reportIndexBudgetMs'
		| 'fetchAllowPrivate'
		| 'maxReportsPerServer'
		| 'engineMemoryMb'
	>,
	shared: AsyncFactdesk,
	options: { model?: RankerModel; store?: GuildReportStore } = {},
): Promise<ComposedReports> {
	const store = options.store ?? (await openGuildReportStore(config));
	const allowed = addressRule(config.fetchAllowPrivate);
	const dispatcher = guardedAgent(allowed);
	const reports = new ManagedReports({
		store,
		sharedReports: () => shared.reports(),
		limits: { allowed, dispatcher },
		maxReports: config.maxReportsPerServer,
	});
	const engines = new GuildEngines({
		store,
		shared,
		sharedReports: async () => loadReports(config.reportsDir).reports,
		ownReports: (guildId) => reports.reportsOf(guildId),
		build: buildReportSetEngine,
		options: {
			cacheDir: config.cacheDir,
			budgetMs: config.reportIndexBudgetMs,
			...(options.model && { model: options.model }),
		},
		memoryBytes: config.engineMemoryMb * 1024 * 1024,
	});
	return {
		store,
		reports,
		engines,
		close: async () => {
			await store.close();
			await dispatcher.close();
		},
	};
}
