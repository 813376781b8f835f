import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexState } from '../core/IndexState.ts';
import type { ProgressListener } from '../core/indexReports.ts';
import type { ReportLoadError } from './loadReports.ts';
import { appendIndexState, emptyIndexState } from './splitIndexState.ts';

export interface WorkerRequest {
	dir: string;
	cacheDir?: string;
	cache: boolean;
	refresh: boolean;
}

/** What the main thread posts to the worker: ask for the next part of the built index. */
export type WorkerAsk = { type: 'next' };

/**
 * What the worker posts: progress, then a head saying how many parts the index comes in, then each part when
 * asked for it (one at a time, so receiving a large index never holds the main thread for long), or an error.
 */
export type WorkerReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'head'; parts: number; errors: ReportLoadError[]; fromCache: boolean; cacheError?: string }
	| { type: 'part'; state: IndexState }
	| { type: 'error'; message: string };

/** A build's result: the index as plain data, the files skipped, whether it came from the cache. */
export interface WorkerBuild {
	type: 'done';
	state: IndexState;
	errors: ReportLoadError[];
	fromCache: boolean;
	cacheError?: string;
}

export interface WorkerBuildOptions {
	cacheDir?: string;
	cache?: boolean;
	refresh?: boolean;
	onProgress?: ProgressListener;
}

/**
 * Loads and indexes the reports in `dir` on a worker thread (src/reports/buildWorker.ts, run through tsx) and
 * resolves with the index as plain data, received a part at a time; rejects when the worker fails or dies.
 */
export function buildInWorker(dir: string, options: WorkerBuildOptions = {}): Promise<WorkerBuild> {
	const request: WorkerRequest = {
		dir,
		...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
		cache: options.cache !== false,
		refresh: options.refresh === true,
	};
	const worker = new Worker(bootstrap(new URL('./buildWorker.ts', import.meta.url).href), {
		eval: true,
		workerData: request,
		execArgv: [],
	});
	return new Promise<WorkerBuild>((resolve, reject) => {
		let settled = false;
		const settle = (fn: () => void) => {
			if (settled) return;
			settled = true;
			fn();
		};
		const state = emptyIndexState();
		let head: Extract<WorkerReply, { type: 'head' }> | undefined;
		let received = 0;
		const next = () => worker.postMessage({ type: 'next' } satisfies WorkerAsk);
		worker.on('message', (reply: WorkerReply) => {
			if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
			else if (reply.type === 'head') {
				head = reply;
				next();
			} else if (reply.type === 'part' && head) {
				appendIndexState(state, reply.state);
				if (++received < head.parts) return next();
				const { errors, fromCache, cacheError } = head;
				settle(() =>
					resolve({ type: 'done', state, errors, fromCache, ...(cacheError !== undefined && { cacheError }) }),
				);
				void worker.terminate();
			} else if (reply.type === 'error') settle(() => reject(new Error(reply.message)));
		});
		worker.on('error', (error) => settle(() => reject(error)));
		worker.on('exit', (code) => settle(() => reject(new Error(`the index worker stopped (exit code ${code})`))));
	});
}

/**
 * The worker's entry: registers tsx in the worker, then imports the TypeScript entry. (Node 20 does not apply the
 * parent's `--import tsx` to a worker's .ts entry file, so the loader is registered from inside.)
 */
function bootstrap(entry: string): string {
	const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
	const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
	return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
