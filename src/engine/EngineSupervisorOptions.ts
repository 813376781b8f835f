import type { ProgressListener } from '../core/indexReports.ts';
import type { RankerModel } from '../core/RankerModel.ts';
import type { Engine } from './Engine.ts';
import type { EngineWorkerOptions } from './EngineWorkerOptions.ts';
import type { ReloadResult } from './ReloadResult.ts';

/** How EngineSupervisor.open starts and replaces its engines. */
export interface EngineSupervisorOptions {
	cacheDir?: string;
	/** False to neither read nor write the index cache. */
	cache?: boolean;
	/** How long one report may take to index before it is skipped and named (default: no limit). */
	budgetMs?: number;
	onProgress?: ProgressListener;
	/** Told after every reload, whether it worked or not, with how long it took. */
	onReload?: (result: ReloadResult, seconds: number) => void;
	/** Told when the engine thread died on its own; the supervisor then reloads to replace it. */
	onCrash?: (code: number) => void;
	/** How long to wait before trying again when replacing a dead engine failed (default 10 s). */
	retryMs?: number;
	/** The learned ranking model the engines answer with (the hand-tuned ranking without one). */
	model?: RankerModel;
	/** Starts an engine (default: EngineWorker.start, a worker thread on the compiled engine code). */
	start?: (dir: string, options: EngineWorkerOptions) => Promise<Engine>;
}
