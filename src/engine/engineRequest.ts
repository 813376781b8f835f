import { coreSourceDir } from '../reports/hashReportFiles.ts';
import type { EngineWorkerOptions } from './EngineWorkerOptions.ts';
import type { EngineRequest } from './engineProtocol.ts';
import { defaultCacheDir } from './indexCache.ts';

/**
 * What an engine thread is started with: the reports folder and the options that reach the thread.
 *
 * @example
 * engineRequest('data/reports', { cache: false }); // { dir: 'data/reports', cacheDir: …, cache: false, nice: false, coreDir: … }
 */
export function engineRequest(dir: string, options: EngineWorkerOptions): EngineRequest {
	return {
		dir,
		cacheDir: options.cacheDir ?? defaultCacheDir(),
		...(options.budgetMs !== undefined && { budgetMs: options.budgetMs }),
		cache: options.cache !== false,
		nice: options.nice === true,
		coreDir: coreSourceDir(),
		...(options.model && { model: options.model }),
	};
}
