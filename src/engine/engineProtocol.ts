import type { Factdesk } from '../core/Factdesk.ts';
import type { RankerModel } from '../core/RankerModel.ts';
import type { ReportLoadError } from '../reports/loadReports.ts';

/* What the main thread and an engine thread (EngineWorker, engineThread.ts) say to each other. */

/** What the engine thread is started with. */
export interface EngineRequest {
	dir: string;
	cacheDir: string;
	/** How long one report may take to index before it is skipped and named. */
	budgetMs?: number;
	cache: boolean;
	/** Index at a lower priority (a reload, while another engine answers). */
	nice: boolean;
	/** The core's source folder, for the cache's fingerprint (src/core, or dist/core when built). */
	coreDir: string;
	/** The learned ranking model (the hand-tuned ranking without one). */
	model?: RankerModel;
	/**
	 * Questions made from the reports (warmUpQuestions) asked once so V8 compiles the answering code before members
	 * ask: before `ready` for a reload, while the engine it replaces answers; after it otherwise, between calls.
	 */
	warmUp?: number;
}

/** A call of one Factdesk method, posted to the engine thread. */
export interface EngineCall {
	id: number;
	method: keyof Factdesk;
	args: unknown[];
}

/** What the engine thread posts: progress, then ready (or failed), then one result per call. */
export type EngineReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'ready'; reports: number; errors: ReportLoadError[]; fromCache: boolean; cacheError?: string }
	| { type: 'failed'; message: string }
	| { type: 'result'; id: number; value: unknown }
	| { type: 'result'; id: number; error: { message: string; user: boolean } };
