import { setPriority } from 'node:os';
import { UserError } from '../core/errors.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import { warmUpQuestions } from '../core/warmUpQuestions.ts';
import { askBetweenCalls } from './askBetweenCalls.ts';
import type { EngineCall, EngineReply, EngineRequest } from './engineProtocol.ts';
import { loadCachedFactdesk } from './loadCachedFactdesk.ts';

const PROGRESS_EVERY_MS = 50;
/** Indexing a reload gives way to the engine that answers meanwhile (Linux: this thread only). */
const BUILD_NICENESS = 10;

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

/** The end of a message channel the engine answers on: the worker's parentPort, or a MessagePort in tests. */
export interface EnginePort {
	postMessage(reply: EngineReply): void;
	on(event: 'message', listener: (call: EngineCall) => void): unknown;
}

/**
 * Loads the reports of `request` (from the index cache when unchanged), posts progress and then `ready` on `port`,
 * and from then on answers the calls posted to it, one at a time, in order. Throws when the reports cannot be loaded.
 *
 * @example
 * serveEngine(parentPort, workerData as EngineRequest);
 */
export function serveEngine(port: EnginePort, request: EngineRequest): void {
	const post = (reply: EngineReply) => port.postMessage(reply);
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
	const warmUp = warmUpQuestions(loaded.factdesk, request.warmUp ?? 0);
	if (request.nice) for (const question of warmUp) loaded.factdesk.ask(question);
	if (request.nice) renice(0);
	port.on('message', (call: EngineCall) => post(answer(loaded.factdesk, call)));
	if (!request.nice) askBetweenCalls(loaded.factdesk, warmUp);
	post({
		type: 'ready',
		reports: loaded.reports,
		errors: loaded.errors,
		fromCache: loaded.fromCache,
		...(loaded.cacheError !== undefined && { cacheError: loaded.cacheError }),
	});
}
