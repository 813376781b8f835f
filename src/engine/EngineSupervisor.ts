import type { ReportInfo } from '../core/types.ts';
import type { ReportLoadError } from '../reports/loadReports.ts';
import { type AsyncFactdesk, forwardFactdesk } from './AsyncFactdesk.ts';
import type { Engine } from './Engine.ts';
import type { EngineSupervisorOptions } from './EngineSupervisorOptions.ts';
import type { ReloadResult } from './ReloadResult.ts';
import { startEngine } from './startEngine.ts';

const REPLACE_RETRY_MS = 10_000;

/**
 * Holds the engine over a reports folder, on its own worker thread, and replaces it whole when the reports
 * change: a reload starts a new engine thread beside the one answering, swaps it in once it can answer, and
 * closes the old one after its last answer. The main thread only posts questions and receives answers, so
 * indexing, answering and their garbage collection never hold it. A reload that fails keeps the engine it had;
 * an engine thread that dies is replaced.
 *
 * @example
 * const supervisor = await EngineSupervisor.open('data/reports');
 * await supervisor.factdesk.ask('How many drones were shot down?');
 * await supervisor.reload(); // { ok: true, reports: 1, errors: [], fromCache: true }
 */
export class EngineSupervisor {
	private running: Promise<ReloadResult> | undefined;
	private queued: Promise<ReloadResult> | undefined;
	private closed = false;
	private readonly reportLists = new WeakMap<Engine, Promise<ReportInfo[]>>();
	/** The engine answering now; the calls below always go to the current one. */
	readonly factdesk: AsyncFactdesk;

	private constructor(
		readonly dir: string,
		private engine: Engine,
		private readonly options: EngineSupervisorOptions,
	) {
		this.factdesk = forwardFactdesk(async (method, args) => {
			const engine = await this.usable();
			// The report list crosses from an engine thread once per engine, not with every call.
			if (method === 'reports') return this.reportsOf(engine);
			return (engine.factdesk[method] as (...a: unknown[]) => Promise<unknown>)(...args);
		});
	}

	/** Starts the engine on the folder (from the index cache when the reports are unchanged). */
	static async open(dir: string, options: EngineSupervisorOptions = {}): Promise<EngineSupervisor> {
		let supervisor: EngineSupervisor | undefined;
		const engine = await startEngine(dir, options, false, (code) => supervisor?.crashed(engine, code));
		supervisor = new EngineSupervisor(dir, engine, options);
		return supervisor;
	}

	/** How many reports the current engine holds. */
	reports(): number {
		return this.engine.reports;
	}

	/** Calls posted to the current engine and not answered yet (0 for an engine on this thread). */
	queueLength(): number {
		return this.engine.queueLength?.() ?? 0;
	}

	/** Why the current engine ignored the index cache or could not write it, when it did. */
	cacheError(): string | undefined {
		return this.engine.cacheError;
	}

	/** The files the current engine skipped, and why. */
	errors(): ReportLoadError[] {
		return this.engine.errors;
	}

	/** Starts a new engine on the folder and swaps it in; a reload asked for meanwhile runs after it. */
	reload(): Promise<ReloadResult> {
		if (this.running) {
			this.queued ??= this.running.then(() => {
				this.queued = undefined;
				return this.reload();
			});
			return this.queued;
		}
		this.running = this.runReload().finally(() => {
			this.running = undefined;
		});
		return this.running;
	}

	/** Stops the engine thread (after the answers under way). */
	async close(): Promise<void> {
		this.closed = true;
		await this.running;
		await this.engine.close();
	}

	private async runReload(): Promise<ReloadResult> {
		const started = performance.now();
		let result: ReloadResult;
		try {
			let next: Engine | undefined;
			next = await startEngine(this.dir, this.options, true, (code) => next && this.crashed(next, code));
			const unreadable = next.reports === 0 ? next.errors.find((e) => e.file === this.dir) : undefined;
			if (unreadable || this.closed) {
				await next.close();
				throw new Error(unreadable ? `${unreadable.file}: ${unreadable.problem}` : 'the engine supervisor is closed');
			}
			const old = this.engine;
			this.engine = next;
			void old.close();
			const { reports, errors, fromCache, cacheError } = next;
			result = { ok: true, reports, errors, fromCache, ...(cacheError !== undefined && { cacheError }) };
		} catch (error) {
			result = { ok: false, reports: this.engine.reports, error: (error as Error).message };
		}
		this.options.onReload?.(result, (performance.now() - started) / 1000);
		return result;
	}

	/** The engine to ask: the current one, or, while a dead one is being replaced, its replacement once ready. */
	private async usable(): Promise<Engine> {
		if (this.engine.alive?.() === false && this.running) await this.running;
		return this.engine;
	}

	/** An engine's reports never change, so they cross from its thread once (every answer names its report). */
	private reportsOf(engine: Engine): Promise<ReportInfo[]> {
		let reports = this.reportLists.get(engine);
		if (!reports) {
			reports = engine.factdesk.reports();
			reports.catch(() => this.reportLists.delete(engine));
			this.reportLists.set(engine, reports);
		}
		return reports;
	}

	private crashed(engine: Engine, code: number): void {
		if (engine !== this.engine || this.closed) return;
		this.options.onCrash?.(code);
		void this.replace(engine);
	}

	/** Reloads until an engine replaces `dead` (trying again every retryMs), unless the supervisor closes first. */
	private async replace(dead: Engine): Promise<void> {
		const result = await this.reload();
		if (result.ok || this.engine !== dead || this.closed) return;
		setTimeout(() => void this.replace(dead), this.options.retryMs ?? REPLACE_RETRY_MS).unref();
	}
}
