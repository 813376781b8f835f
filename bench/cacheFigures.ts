/**
 * The engine's index cache at one corpus size, measured as the bot uses it: a reload (index, encode and write the
 * cache, build the engine) while the first engine is still held, and a start-up from the cache file in a fresh
 * process (read, decode, restore, first answer).
 */
import { statSync } from 'node:fs';
import type { RankerModel } from '../src/core/RankerModel.ts';
import type { Report } from '../src/core/types.ts';
import {
	createFactdesk,
	indexReports,
	loadRankerModel,
	readIndexCache,
	restoreFactdesk,
	serialiseIndex,
	writeIndexCache,
} from './shipped.ts';

const MB = 1024 * 1024;
const HASH = 'bench';
const FIRST_QUESTION = 'How many drones were shot down?';

export interface ReloadFigures {
	/** Index, encode and write the cache, build the engine: the engine thread's work on a reload. */
	reloadMs: number;
	/** Of which encoding and writing the cache file. */
	writeMs: number;
	cacheMb: number;
	/** Peak resident set size of the process over the first build, answering and the reload (both engines held). */
	reloadPeakRssMb: number;
}

/** Builds a second engine over `reports` as a reload does, writing the cache to `file`; call it with the first held. */
export function measureReload(reports: Report[], file: string, model: RankerModel): ReloadFigures {
	const started = performance.now();
	const { skipped: _, ...index } = indexReports(reports);
	const written = performance.now();
	writeIndexCache(file, { hash: HASH, errors: [], state: serialiseIndex(index) });
	const writeMs = performance.now() - written;
	const second = createFactdesk(reports, { model }, index);
	second.ask(FIRST_QUESTION);
	const reloadMs = performance.now() - started;
	const { size } = statSync(file);
	return { reloadMs, writeMs, cacheMb: size / MB, reloadPeakRssMb: (process.resourceUsage().maxRSS * 1024) / MB };
}

export interface StartupFigures {
	/** Model loaded, cache read and decoded, engine restored, first answer given (in a fresh process). */
	startupMs: number;
	rssMb: number;
	maxRssMb: number;
}

/** Starts the engine from the cache file as the bot does on an unchanged folder; throws when the cache is unusable. */
export function measureStartup(file: string): StartupFigures {
	const started = performance.now();
	const loaded = loadRankerModel();
	if (!loaded.model) throw new Error(loaded.problem);
	const read = readIndexCache(file, HASH);
	if (!read.cached) throw new Error(`no usable cache at ${file}: ${read.problem ?? 'missing'}`);
	const desk = restoreFactdesk(read.cached.state, { model: loaded.model });
	desk.ask(FIRST_QUESTION);
	const startupMs = performance.now() - started;
	return {
		startupMs,
		rssMb: process.memoryUsage.rss() / MB,
		maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
	};
}
