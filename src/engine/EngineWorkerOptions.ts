import type { ProgressListener } from '../core/indexReports.ts';
import type { RankerModel } from '../core/RankerModel.ts';

/** How EngineWorker.start runs its thread. */
export interface EngineWorkerOptions {
	cacheDir?: string;
	cache?: boolean;
	/** How long one report may take to index before it is skipped and named (default: no limit). */
	budgetMs?: number;
	nice?: boolean;
	/** Another module to run as the thread (tests); by default the compiled engineThread.js beside this file. */
	script?: URL;
	onProgress?: ProgressListener;
	/** The learned ranking model (the hand-tuned ranking without one). */
	model?: RankerModel;
	/** Questions the engine asks itself when it starts (WARM_UP_QUESTIONS unless given; see EngineRequest.warmUp). */
	warmUp?: number;
	/** How long a call may go unanswered before the thread is taken for stuck and stopped (default 15 s). */
	callTimeoutMs?: number;
	/** Told when the thread stops without being closed (it crashed, ran out of memory, or was stuck). */
	onExit?: (code: number) => void;
}
