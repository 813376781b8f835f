import type { Logger } from 'pino';
import { createProgressBar } from '../console/createProgressBar.ts';
import { watchReports } from '../reports/watchReports.ts';
import { EngineSupervisor, type ReloadResult } from './EngineSupervisor.ts';
import { loadRankerModel } from './loadRankerModel.ts';
import { startEngineHere } from './startEngineHere.ts';

export interface OpenedEngine {
	library: EngineSupervisor;
	/** Stops watching the reports folder and closes the engine thread. */
	stop(): Promise<void>;
}

export interface OpenOptions {
	/** The engine on a thread of its own (the bot), or on this one (the console chat, which starts faster). */
	ownThread?: boolean;
	stderr?: NodeJS.WriteStream;
	/** The learned ranking model's file (default: the one shipped in models/). */
	modelPath?: string;
	/** Where the index cache is kept (CACHE_DIR). */
	cacheDir?: string;
	/** How long one report may take to index before it is skipped (REPORT_INDEX_BUDGET_MS). */
	budgetMs?: number;
	/** Told after every reload (for the metrics), besides the log. */
	onReload?: (ok: boolean, seconds: number) => void;
}

/**
 * The composition root's report library: its engine (on its own thread unless told otherwise) started on the folder (from the cache when unchanged,
 * with a progress bar on a terminal), reloaded whenever a report file changes, replaced if it dies, every
 * outcome logged.
 */
export async function openEngine(
	dir: string,
	logger: Logger,
	{ ownThread = true, stderr = process.stderr, modelPath, cacheDir, budgetMs, onReload }: OpenOptions = {},
): Promise<OpenedEngine> {
	const started = performance.now();
	const loaded = loadRankerModel(modelPath);
	if (!loaded.model)
		logger.warn({ problem: loaded.problem }, `${loaded.problem}: answering with the hand-tuned ranking`);
	const logReload = (result: ReloadResult, seconds: number) => {
		onReload?.(result.ok, seconds);
		if (!result.ok) return logger.error({ problem: result.error, reports: result.reports }, 'report reload failed');
		for (const { file, problem } of result.errors)
			logger.warn({ file, problem }, `report skipped: ${file}: ${problem}`);
		if (result.cacheError) logger.warn({ problem: result.cacheError }, result.cacheError);
		logger.info({ reports: result.reports, fromCache: result.fromCache }, 'reports reloaded');
	};
	const library = await EngineSupervisor.open(dir, {
		onProgress: createProgressBar(stderr),
		...(cacheDir !== undefined && { cacheDir }),
		...(budgetMs !== undefined && { budgetMs }),
		onReload: logReload,
		onCrash: (code) => logger.error({ code }, 'the engine thread stopped; starting a new one'),
		...(loaded.model && { model: loaded.model }),
		...(!ownThread && { start: startEngineHere }),
	});
	for (const { file, problem } of library.errors())
		logger.warn({ file, problem }, `report skipped: ${file}: ${problem}`);
	const cacheError = library.cacheError();
	if (cacheError) logger.warn({ problem: cacheError }, cacheError);
	const ms = Math.round(performance.now() - started);
	logger.debug({ reports: library.reports(), dir, ms }, 'reports loaded');
	const stopWatching = watchReports(dir, () => void library.reload(), {
		onError: (error) => logger.warn({ err: error, dir }, 'the reports folder cannot be watched'),
	});
	return {
		library,
		stop: async () => {
			stopWatching();
			await library.close();
		},
	};
}
