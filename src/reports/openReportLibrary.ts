import type { Logger } from 'pino';
import { createProgressBar } from '../console/createProgressBar.ts';
import { type ReloadResult, ReportLibrary } from './ReportLibrary.ts';
import { watchReports } from './watchReports.ts';

export interface OpenedLibrary {
	library: ReportLibrary;
	/** Stops watching the reports folder. */
	stop(): void;
}

/**
 * The composition root's report library: loaded at start-up (from the cache when unchanged, with a progress bar
 * on a terminal), reloaded in a worker whenever a report file changes, every outcome logged.
 */
export function openReportLibrary(
	dir: string,
	logger: Logger,
	stderr: NodeJS.WriteStream = process.stderr,
): OpenedLibrary {
	const started = performance.now();
	const logReload = (result: ReloadResult) => {
		if (!result.ok) return logger.error({ problem: result.error, reports: result.reports }, 'report reload failed');
		for (const { file, problem } of result.errors)
			logger.warn({ file, problem }, `report skipped: ${file}: ${problem}`);
		logger.info({ reports: result.reports, fromCache: result.fromCache }, 'reports reloaded');
	};
	const library = ReportLibrary.open(dir, { onProgress: createProgressBar(stderr), onReload: logReload });
	for (const { file, problem } of library.errors())
		logger.warn({ file, problem }, `report skipped: ${file}: ${problem}`);
	const ms = Math.round(performance.now() - started);
	logger.debug({ reports: library.reports(), dir, ms }, 'reports loaded');
	const stop = watchReports(dir, () => void library.reload(), {
		onError: (error) => logger.warn({ err: error, dir }, 'the reports folder cannot be watched'),
	});
	return { library, stop };
}
