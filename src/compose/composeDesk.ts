import type { Config } from '../config.ts';
import type { ProgressListener } from '../core/indexReports.ts';
import { buildReportSetEngine } from '../engine/buildReportSetEngine.ts';
import { type CachedFactdesk, loadCachedFactdesk } from '../engine/loadCachedFactdesk.ts';
import { loadReports } from '../reports/loadReports.ts';
import { engineSettings } from './engineSettings.ts';

/**
 * The command-line tools' engine, on this thread, built like the bot's (the same settings, the same index cache in
 * CACHE_DIR): over the reports in `dir` it is restored from the cache when they are unchanged, so a second run over
 * a large folder starts at once. With `server`, over that server's own reports from the bot's database too, as the
 * bot answers in that server (its per-server engine, cached the same way). `warn` is told why the learned model
 * cannot be used, when it cannot; `onProgress` hears how far a build has gone.
 *
 * @example
 * const { factdesk, errors } = await composeDesk(config, 'data/reports', undefined, (m) => console.error(m));
 */
export async function composeDesk(
	config: Config,
	dir: string,
	server: string | undefined,
	warn: (message: string) => void,
	onProgress?: ProgressListener,
): Promise<CachedFactdesk> {
	const settings = engineSettings(config, warn);
	if (server === undefined) return loadCachedFactdesk(dir, { ...settings, ...(onProgress && { onProgress }) });
	const shared = loadReports(dir);
	// The database and fetching modules load only here, so that `ask` without --server starts fast.
	const { serverReports } = await import('../console/openManagedReports.ts');
	const reports = [...shared.reports, ...(await serverReports(config, server))];
	const engine = buildReportSetEngine(reports, settings);
	return { factdesk: engine.factdesk, reports: reports.length, errors: shared.errors, fromCache: engine.fromCache };
}
