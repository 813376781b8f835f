/**
 * Worker thread entry (see buildInWorker): loads and indexes the reports, using and refreshing the cache, and
 * posts progress, then the index as plain data. The main thread only restores it, so it keeps answering.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './buildInWorker.ts';
import { loadIndexState } from './loadIndexState.ts';

const PROGRESS_EVERY_MS = 50;

function run(request: WorkerRequest): WorkerReply {
	let last = 0;
	const loaded = loadIndexState(request.dir, {
		...(request.cacheDir !== undefined && { cacheDir: request.cacheDir }),
		cache: request.cache,
		refresh: request.refresh,
		onProgress: (done, total) => {
			const now = performance.now();
			if (done < total && now - last < PROGRESS_EVERY_MS) return;
			last = now;
			parentPort?.postMessage({ type: 'progress', done, total } satisfies WorkerReply);
		},
	});
	return {
		type: 'done',
		state: loaded.state,
		errors: loaded.errors,
		fromCache: loaded.fromCache,
		...(loaded.cacheError !== undefined && { cacheError: loaded.cacheError }),
	};
}

try {
	parentPort?.postMessage(run(workerData as WorkerRequest));
} catch (error) {
	parentPort?.postMessage({ type: 'error', message: (error as Error).message } satisfies WorkerReply);
}
