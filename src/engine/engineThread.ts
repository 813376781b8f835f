/**
 * Engine thread entry (see EngineWorker): loads the reports (from the index cache when unchanged), posts progress
 * and then `ready`, and from then on answers the calls the main thread posts, one at a time, in order.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import type { EngineCall, EngineReply, EngineRequest } from './engineProtocol.ts';
import { loadCachedFactdesk } from './loadCachedFactdesk.ts';

const PROGRESS_EVERY_MS = 50;
/** Indexing a reload gives way to the engine that answers meanwhile (Linux: this thread only). */
const BUILD_NICENESS = 10;

const post = (reply: EngineReply) => parentPort?.postMessage(reply);

function answer(factdesk: Factdesk, call: EngineCall): EngineReply {
	try {
		const method = factdesk[call.method] as (...args: unknown[]) => unknown;
		return { type: 'result', id: call.id, value: method(...call.args) };
	} catch (error) {
		const user = error instanceof UserError;
		return { type: 'result', id: call.id, error: { message: (error as Error).message, user } };
	}
}

/** Sets this thread's niceness where the system allows it (going back to 0 may need privileges). */
function renice(niceness: number): void {
	if (process.platform !== 'linux') return;
	try {
		setPriority(0, niceness);
	} catch {
		// Not allowed here: carry on at the priority the thread has.
	}
}

function start(request: EngineRequest): void {
	if (request.nice) renice(BUILD_NICENESS);
	let last = 0;
	const loaded = loadCachedFactdesk(request.dir, {
		cacheDir: request.cacheDir,
		...(request.budgetMs !== undefined && { budgetMs: request.budgetMs }),
		cache: request.cache,
		coreDir: request.coreDir,
		...(request.model && { model: request.model }),
		onProgress: (done, total) => {
			const now = performance.now();
			if (done < total && now - last < PROGRESS_EVERY_MS) return;
			last = now;
			post({ type: 'progress', done, total });
		},
	});
	if (request.nice) renice(0);
	parentPort?.on('message', (call: EngineCall) => post(answer(loaded.factdesk, call)));
	post({
		type: 'ready',
		reports: loaded.reports,
		errors: loaded.errors,
		fromCache: loaded.fromCache,
		...(loaded.cacheError !== undefined && { cacheError: loaded.cacheError }),
	});
}

try {
	start(workerData as EngineRequest);
} catch (error) {
	post({ type: 'failed', message: (error as Error).message });
}
