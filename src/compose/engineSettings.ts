import type { Config } from '../config.ts';
import { loadRankerModel } from '../engine/loadRankerModel.ts';
import type { EngineSettings } from '../engine/openEngine.ts';

/**
 * What every engine of this process is built with (the bot's, a server's, the console chat's, the CLI's), read from
 * the configuration once: the index cache's folder, the indexing budget and the learned ranking model. `warn` is
 * told when the model cannot be used (the engines then rank by hand).
 *
 * @example
 * const settings = engineSettings(config, (message, problem) => logger.warn({ problem }, message));
 */
export function engineSettings(
	config: Pick<Config, 'cacheDir' | 'reportIndexBudgetMs'>,
	warn: (message: string, problem: string) => void,
): EngineSettings {
	const loaded = loadRankerModel();
	if (!loaded.model) warn(`${loaded.problem}: answering with the hand-tuned ranking`, loaded.problem);
	return {
		cacheDir: config.cacheDir,
		budgetMs: config.reportIndexBudgetMs,
		...(loaded.model && { model: loaded.model }),
	};
}
