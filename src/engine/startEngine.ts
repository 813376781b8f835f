import type { Engine } from './Engine.ts';
import type { EngineSupervisorOptions } from './EngineSupervisorOptions.ts';
import { EngineWorker } from './EngineWorker.ts';

/**
 * Starts an engine on `dir` for the supervisor with the options that reach it: `options.start` (EngineWorker.start
 * by default), at a lower priority for a reload, with `onExit` told when it stops on its own.
 *
 * @example
 * const engine = await startEngine('data/reports', { cache: false }, false, (code) => console.log(code));
 */
export function startEngine(
	dir: string,
	options: EngineSupervisorOptions,
	reload: boolean,
	onExit: (code: number) => void,
): Promise<Engine> {
	const { start = EngineWorker.start, cacheDir, cache, onProgress, budgetMs, model } = options;
	return start(dir, {
		...(cacheDir !== undefined && { cacheDir }),
		...(budgetMs !== undefined && { budgetMs }),
		...(cache !== undefined && { cache }),
		...(onProgress && { onProgress }),
		...(model && { model }),
		nice: reload,
		onExit,
	});
}
