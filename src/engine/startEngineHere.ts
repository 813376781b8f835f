import { toAsyncFactdesk } from './AsyncFactdesk.ts';
import type { Engine } from './Engine.ts';
import type { EngineWorkerOptions } from './EngineWorkerOptions.ts';
import { loadCachedFactdesk } from './loadCachedFactdesk.ts';

/**
 * An engine on this thread, for EngineSupervisor's `start`: what the console chat uses, since one person at a
 * terminal gains nothing from a second thread and it starts faster without one. Loading holds this thread.
 *
 * @example
 * const supervisor = await EngineSupervisor.open('data/reports', { start: startEngineHere });
 */
export async function startEngineHere(dir: string, options: EngineWorkerOptions = {}): Promise<Engine> {
	const loaded = loadCachedFactdesk(dir, {
		...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
		...(options.cache !== undefined && { cache: options.cache }),
		...(options.budgetMs !== undefined && { budgetMs: options.budgetMs }),
		...(options.onProgress && { onProgress: options.onProgress }),
		...(options.model && { model: options.model }),
	});
	return {
		factdesk: toAsyncFactdesk(loaded.factdesk),
		reports: loaded.reports,
		errors: loaded.errors,
		fromCache: loaded.fromCache,
		...(loaded.cacheError !== undefined && { cacheError: loaded.cacheError }),
		close: async () => undefined,
	};
}
