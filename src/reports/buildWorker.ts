/**
 * Worker thread entry (see buildInWorker): loads and indexes the reports, using and refreshing the cache, and
 * posts progress, then the index as plain data, a part each time the main thread asks for one, so receiving it
 * never holds the main thread for long.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { IndexState } from '../core/IndexState.ts';
import type { WorkerAsk, WorkerReply, WorkerRequest } from './buildInWorker.ts';
import { loadIndexState } from './loadIndexState.ts';
import { splitIndexState } from './splitIndexState.ts';

const PROGRESS_EVERY_MS = 50;
/** Sentences (with their reports, mentions and facts) per part: a part takes a few ms to receive. */
const SENTENCES_PER_PART = 100;
/** The worker's niceness: indexing gives way to the main thread, which answers (Linux: this thread only). */
const NICENESS = 10;

function run(request: WorkerRequest): { head: WorkerReply; parts: IndexState[] } {
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
	const parts = splitIndexState(loaded.state, Math.ceil(loaded.state.sentences.length / SENTENCES_PER_PART));
	const head: WorkerReply = {
		type: 'head',
		parts: parts.length,
		errors: loaded.errors,
		fromCache: loaded.fromCache,
		...(loaded.cacheError !== undefined && { cacheError: loaded.cacheError }),
	};
	return { head, parts };
}

if (process.platform === 'linux')
	try {
		setPriority(0, NICENESS);
	} catch {
		// Not allowed here: index at the same priority.
	}

try {
	const { head, parts } = run(workerData as WorkerRequest);
	let sent = 0;
	const send = (ask: WorkerAsk) => {
		if (ask.type !== 'next') return;
		const state = parts[sent++];
		if (state) parentPort?.postMessage({ type: 'part', state } satisfies WorkerReply);
		if (sent >= parts.length) parentPort?.off('message', send);
	};
	parentPort?.on('message', send);
	parentPort?.postMessage(head);
} catch (error) {
	parentPort?.postMessage({ type: 'error', message: (error as Error).message } satisfies WorkerReply);
}
