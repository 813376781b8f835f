import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexState } from '../core/IndexState.ts';
import type { ProgressListener } from '../core/indexReports.ts';
import type { ReportLoadError } from './loadReports.ts';

export interface WorkerRequest {
	dir: string;
	cacheDir?: string;
	cache: boolean;
	refresh: boolean;
}

export type WorkerReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; state: IndexState; errors: ReportLoadError[]; fromCache: boolean; cacheError?: string }
	| { type: 'error'; message: string };

export type WorkerBuild = Extract<WorkerReply, { type: 'done' }>;

export interface WorkerBuildOptions {
	cacheDir?: string;
	cache?: boolean;
	refresh?: boolean;
	onProgress?: ProgressListener;
}

/**
 * Loads and indexes the reports in `dir` on a worker thread (src/reports/buildWorker.ts, run through tsx) and
 * resolves with the index as plain data; rejects when the worker fails or dies.
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
		worker.on('message', (reply: WorkerReply) => {
			if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
			else if (reply.type === 'done') settle(() => resolve(reply));
			else settle(() => reject(new Error(reply.message)));
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
