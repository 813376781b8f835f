import type { Factdesk } from '../core/Factdesk.ts';
import type { ProgressListener } from '../core/indexReports.ts';
import { restoreFactdeskSteps } from '../core/restoreFactdeskSteps.ts';
import { buildInWorker, type WorkerBuild, type WorkerBuildOptions } from './buildInWorker.ts';
import { type CachedFactdesk, loadCachedFactdesk } from './loadCachedFactdesk.ts';
import type { ReportLoadError } from './loadReports.ts';
import { runStepsInSlices } from './runStepsInSlices.ts';

/** How a reload went: the engine swapped in, or the old one kept and why. */
export type ReloadResult =
	| { ok: true; reports: number; errors: ReportLoadError[]; fromCache: boolean }
	| { ok: false; reports: number; error: string };

export interface ReportLibraryOptions {
	cacheDir?: string;
	/** False to neither read nor write the index cache. */
	cache?: boolean;
	onProgress?: ProgressListener;
	/** Told after every reload, whether it worked or not. */
	onReload?: (result: ReloadResult) => void;
	/** Builds the index off the main thread (default: a worker thread). */
	build?: (dir: string, options: WorkerBuildOptions) => Promise<WorkerBuild>;
}

/**
 * Holds the engine over a reports folder and replaces it, whole, when the reports change. Reloads index on a
 * worker thread; the main thread only receives and restores the result, in slices of a few milliseconds, so
 * questions keep being answered meanwhile. A reload that fails keeps the engine it had.
 *
 * @example
 * const library = ReportLibrary.open('data/reports');
 * library.current().ask('How many drones were shot down?');
 * await library.reload(); // { ok: true, reports: 1, errors: [], fromCache: true }
 */
export class ReportLibrary {
	private engine: Factdesk;
	private count: number;
	private loadErrors: ReportLoadError[];
	private running: Promise<ReloadResult> | undefined;
	private queued: Promise<ReloadResult> | undefined;

	constructor(
		readonly dir: string,
		initial: CachedFactdesk,
		private readonly options: ReportLibraryOptions = {},
	) {
		this.engine = initial.factdesk;
		this.count = initial.reports;
		this.loadErrors = initial.errors;
		this.factdesk = {
			reports: () => this.engine.reports(),
			ask: (question) => this.engine.ask(question),
			summarise: (options) => this.engine.summarise(options),
			facts: (query) => this.engine.facts(query),
			paragraph: (paragraph, report) => this.engine.paragraph(paragraph, report),
			suggest: (partial, limit) => this.engine.suggest(partial, limit),
		};
	}

	/** An engine that always answers with the current one (for adapters that hold on to their engine). */
	readonly factdesk: Factdesk;

	/** Loads the folder on this thread (start-up: from the cache when the reports are unchanged). */
	static open(dir: string, options: ReportLibraryOptions = {}): ReportLibrary {
		const initial = loadCachedFactdesk(dir, {
			...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
			...(options.cache !== undefined && { cache: options.cache }),
			...(options.onProgress && { onProgress: options.onProgress }),
		});
		return new ReportLibrary(dir, initial, options);
	}

	/** The engine to answer with now; take it afresh for each question. */
	current(): Factdesk {
		return this.engine;
	}

	/** How many reports the current engine holds. */
	reports(): number {
		return this.count;
	}

	/** The files the current engine skipped, and why. */
	errors(): ReportLoadError[] {
		return this.loadErrors;
	}

	/** Rebuilds from the folder in a worker and swaps the engine in; a reload asked for meanwhile runs after it. */
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

	private async runReload(): Promise<ReloadResult> {
		const { cacheDir, cache, onProgress, build = buildInWorker } = this.options;
		let result: ReloadResult;
		try {
			const options: WorkerBuildOptions = {
				...(cacheDir !== undefined && { cacheDir }),
				...(cache !== undefined && { cache }),
				...(onProgress && { onProgress }),
			};
			let built = await build(this.dir, options);
			const unreadable = built.state.reports.length === 0 ? built.errors.find((e) => e.file === this.dir) : undefined;
			if (unreadable) throw new Error(`${unreadable.file}: ${unreadable.problem}`);
			let engine: Factdesk;
			try {
				engine = await runStepsInSlices(restoreFactdeskSteps(built.state));
			} catch (error) {
				if (!built.fromCache) throw error;
				built = await build(this.dir, { ...options, refresh: true });
				engine = await runStepsInSlices(restoreFactdeskSteps(built.state));
			}
			this.engine = engine;
			this.count = built.state.reports.length;
			this.loadErrors = built.errors;
			result = { ok: true, reports: this.count, errors: built.errors, fromCache: built.fromCache };
		} catch (error) {
			result = { ok: false, reports: this.count, error: (error as Error).message };
		}
		this.options.onReload?.(result);
		return result;
	}
}
