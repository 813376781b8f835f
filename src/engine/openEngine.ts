import type { Logger } from 'pino';
import type { ProgressListener } from '../core/indexReports.ts';
import type { RankerModel } from '../core/RankerModel.ts';
import type { ReportLoadError } from '../reports/loadReports.ts';
import { watchReports } from '../reports/watchReports.ts';
import { EngineSupervisor } from './EngineSupervisor.ts';
import { startEngineHere } from './startEngineHere.ts';

/** Where the engine runs: on this thread (the console chat, which starts faster) or a worker thread (the bot). */
export type EnginePlace = 'here' | 'worker';

/** What every engine is built with, read from the configuration once (compose's engineSettings). */
export interface EngineSettings {
	/** Where the index cache is kept (CACHE_DIR). */
	cacheDir: string;
	/** How long one report may take to index before it is skipped (REPORT_INDEX_BUDGET_MS). */
	budgetMs: number;
	/** The learned ranking model (the hand-tuned ranking without one). */
	model?: RankerModel;
}

export interface OpenEngineOptions {
	place: EnginePlace;
	/** Told while the reports are indexed (a progress bar on a terminal). */
	onProgress?: ProgressListener;
	/** Told after every reload (for the metrics), besides the log. */
	onReload?: (ok: boolean, seconds: number) => void;
}

export interface OpenedEngine {
	supervisor: EngineSupervisor;
	/** Stops watching the reports folder and closes the engine. */
	stop(): Promise<void>;
}

/**
 * The engine over a reports folder, as the composition root runs it: started where `place` says (from the index
 * cache when the reports are unchanged), reloaded whenever a report file changes, replaced if it dies, every
 * outcome logged.
 *
 * @example
 * const { supervisor, stop } = await openEngine('data/reports', settings, logger, { place: 'worker' });
 */
export async function openEngine(
	dir: string,
	settings: EngineSettings,
	logger: Logger,
	{ place, onProgress, onReload }: OpenEngineOptions,
): Promise<OpenedEngine> {
	const started = performance.now();
	const logSkipped = (errors: readonly ReportLoadError[], cacheError: string | undefined) => {
		for (const { file, problem } of errors) logger.warn({ file, problem }, `report skipped: ${file}: ${problem}`);
		if (cacheError) logger.warn({ problem: cacheError }, cacheError);
	};
	const supervisor = await EngineSupervisor.open(dir, {
		cacheDir: settings.cacheDir,
		budgetMs: settings.budgetMs,
		...(settings.model && { model: settings.model }),
		...(onProgress && { onProgress }),
		onReload: (result, seconds) => {
			onReload?.(result.ok, seconds);
			if (!result.ok) return logger.error({ problem: result.error, reports: result.reports }, 'report reload failed');
			logSkipped(result.errors, result.cacheError);
			logger.info({ reports: result.reports, fromCache: result.fromCache }, 'reports reloaded');
		},
		onCrash: (code) => logger.error({ code }, 'the engine thread stopped; starting a new one'),
		...(place === 'here' && { start: startEngineHere }),
	});
	logSkipped(supervisor.errors(), supervisor.cacheError());
	const ms = Math.round(performance.now() - started);
	logger.debug({ reports: supervisor.reports(), dir, ms }, 'reports loaded');
	const stopWatching = watchReports(dir, () => void supervisor.reload(), {
		onError: (error) => logger.warn({ err: error, dir }, 'the reports folder cannot be watched'),
	});
	return {
		supervisor,
		stop: async () => {
			stopWatching();
			await supervisor.close();
		},
	};
}
