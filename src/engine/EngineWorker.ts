import { Worker } from 'node:worker_threads';
import { UserError } from '../core/errors.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import type { ReportLoadError } from '../reports/loadReports.ts';
import { type AsyncFactdesk, forwardFactdesk } from './AsyncFactdesk.ts';
import type { EngineWorkerOptions } from './EngineWorkerOptions.ts';
import type { EngineCall, EngineReply } from './engineProtocol.ts';
import { engineRequest } from './engineRequest.ts';
import { startWorkerThread } from './startWorkerThread.ts';

/** How long close() waits for the calls already made before it stops the thread anyway. */
const CLOSE_GRACE_MS = 10_000;
/** A call not answered by then means the thread is stuck: it is stopped (and the supervisor starts another). */
const CALL_TIMEOUT_MS = 15_000;

interface Pending {
	resolve: (value: never) => void;
	reject: (error: Error) => void;
	timer: NodeJS.Timeout;
}

/**
 * One engine on its own thread: loads the reports there and answers Factdesk calls posted to it, so neither
 * indexing nor answering nor their garbage collection ever holds the main thread. Errors the engine throws come
 * back as rejections (a UserError stays a UserError); a thread that dies rejects what it had not answered, and
 * one that leaves a call unanswered for `callTimeoutMs` is taken for stuck and stopped.
 *
 * @example
 * const engine = await EngineWorker.start('data/reports');
 * (await engine.factdesk.ask('How many drones were shot down?')).answer; // '72'
 * await engine.close();
 */
export class EngineWorker {
	private readonly pending = new Map<number, Pending>();
	private nextId = 0;
	private closing = false;
	/** Why the thread is gone, once it is: later calls are refused with it instead of waiting forever. */
	private gone: Error | undefined;
	private readonly drained: (() => void)[] = [];
	readonly factdesk: AsyncFactdesk;

	private constructor(
		private readonly worker: Worker,
		readonly reports: number,
		readonly errors: ReportLoadError[],
		readonly fromCache: boolean,
		private readonly callTimeoutMs: number,
		/** Why the index cache was ignored or not written, when it was (worth a warning). */
		readonly cacheError?: string,
	) {
		this.factdesk = forwardFactdesk((method, args) => this.call(method, args));
	}

	/** Starts a thread on the reports in `dir`; resolves once it can answer, rejects when it cannot load them. */
	static start(dir: string, options: EngineWorkerOptions = {}): Promise<EngineWorker> {
		const request = engineRequest(dir, options);
		const worker = options.script
			? new Worker(options.script, { workerData: request, execArgv: [] })
			: startWorkerThread('./engineThread', import.meta.url, request);
		return new Promise((resolve, reject) => {
			let engine: EngineWorker | undefined;
			const fail = (error: Error) => {
				if (engine) return;
				reject(error);
				void worker.terminate();
			};
			worker.on('message', (reply: EngineReply) => {
				if (reply.type === 'result') engine?.settle(reply);
				else if (reply.type === 'progress') options.onProgress?.(reply.done, reply.total);
				else if (reply.type === 'failed') fail(new Error(reply.message));
				else if (!engine) {
					const timeout = options.callTimeoutMs ?? CALL_TIMEOUT_MS;
					const { reports, errors, fromCache, cacheError } = reply;
					engine = new EngineWorker(worker, reports, errors, fromCache, timeout, cacheError);
					resolve(engine);
				}
			});
			worker.on('error', (error) => (engine ? engine.stopped(error) : fail(error)));
			worker.on('exit', (code) => {
				if (!engine) return fail(new Error(`the engine thread stopped while loading (exit code ${code})`));
				engine.stopped(new Error(`the engine thread stopped (exit code ${code})`));
				if (!engine.closing) options.onExit?.(code);
			});
		});
	}

	/** Calls posted to the thread and not answered yet. */
	queueLength(): number {
		return this.pending.size;
	}

	/** Whether the thread still takes calls (not stopped, stuck or closing). */
	alive(): boolean {
		return !this.gone && !this.closing;
	}

	/** Stops the thread once the calls already made are answered; later calls are refused. */
	async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
		this.closing = true;
		if (this.pending.size > 0) {
			let timer: NodeJS.Timeout | undefined;
			await Promise.race([
				new Promise<void>((done) => this.drained.push(done)),
				new Promise<void>((done) => {
					timer = setTimeout(done, graceMs);
				}),
			]);
			clearTimeout(timer);
		}
		await this.worker.terminate();
	}

	private call(method: keyof Factdesk, args: unknown[]): Promise<never> {
		if (this.gone) return Promise.reject(this.gone);
		if (this.closing) return Promise.reject(new Error('the engine thread is closed'));
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => this.stuck(), this.callTimeoutMs).unref();
			this.pending.set(id, { resolve, reject, timer });
			this.worker.postMessage({ id, method, args } satisfies EngineCall);
		});
	}

	private settle(reply: Extract<EngineReply, { type: 'result' }>): void {
		const pending = this.pending.get(reply.id);
		if (!pending) return;
		this.pending.delete(reply.id);
		clearTimeout(pending.timer);
		if (this.pending.size === 0) this.drain();
		if ('error' in reply) {
			const { message, user } = reply.error;
			pending.reject(user ? new UserError(message) : new Error(message));
		} else pending.resolve(reply.value as never);
	}

	/** A call went unanswered too long: refuse it and all others, and stop the thread (its exit is told). */
	private stuck(): void {
		this.stopped(new Error(`the engine thread did not answer within ${this.callTimeoutMs} ms`));
		void this.worker.terminate();
	}

	private stopped(error: Error): void {
		this.gone ??= error;
		for (const pending of this.pending.values()) {
			clearTimeout(pending.timer);
			pending.reject(this.gone);
		}
		this.pending.clear();
		this.drain();
	}

	private drain(): void {
		for (const done of this.drained.splice(0)) done();
	}
}
