import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createFactdesk } from '../core/createFactdesk.ts';
import { encodeIndexState } from '../core/encodeIndexState.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import type { IndexState } from '../core/IndexState.ts';
import { indexReports } from '../core/indexReports.ts';
import type { RankerModel } from '../core/RankerModel.ts';
import { restoreFactdesk } from '../core/restoreFactdesk.ts';
import { serialiseIndex } from '../core/serialiseIndex.ts';
import type { Report } from '../core/types.ts';
import { hashReportFiles } from '../reports/hashReportFiles.ts';
import { readIndexCache, writeIndexCache } from './indexCache.ts';

export interface SetEngineOptions {
	cacheDir: string;
	model?: RankerModel;
	budgetMs?: number;
}

export interface SetEngine {
	factdesk: Factdesk;
	fromCache: boolean;
	/** Roughly how much memory it holds, in bytes (from the size of its index). */
	bytes: number;
}

/** How many times its encoded index an engine holds in memory (see estimate). */
const ENGINE_SIZE_FACTOR = 6;

/** The core code's fingerprint, once per process (it is part of every cached index's hash). */
let coreHash: string | undefined;

/**
 * An engine over a set of reports held in memory (the shared ones plus a server's own), restored from the index
 * cache when the same set was indexed before by the same code, built and cached otherwise.
 *
 * @example
 * const { factdesk } = buildReportSetEngine([...shared, ...own], { cacheDir: 'data/.cache' });
 */
export function buildReportSetEngine(reports: Report[], options: SetEngineOptions): SetEngine {
	coreHash ??= hashReportFiles(join(options.cacheDir, 'no-reports-here'));
	const budgetMs = options.budgetMs ?? Number.POSITIVE_INFINITY;
	const hash = createHash('sha256').update(`${coreHash}/${budgetMs}\0`).update(JSON.stringify(reports)).digest('hex');
	const file = join(options.cacheDir, `set-${hash.slice(0, 24)}.json`);
	const tuning = options.model ? { model: options.model } : {};
	const read = readIndexCache(file, hash);
	if (read.cached) {
		try {
			const bytes = estimate(read.cached.state);
			return { factdesk: restoreFactdesk(read.cached.state, tuning), fromCache: true, bytes };
		} catch {
			// a cache that cannot be restored is rebuilt below
		}
	}
	const { skipped: _, ...index } = indexReports(reports, undefined, { budgetMs });
	const state = serialiseIndex(index);
	try {
		writeIndexCache(file, { hash, errors: [], state });
	} catch {
		// the engine still answers; it is only built again next time
	}
	return { factdesk: createFactdesk(index.corpus.reports, tuning, index), fromCache: false, bytes: estimate(state) };
}

/**
 * The in-memory engine is several times its encoded index (facts and lookups as objects, the ranker's scratch
 * arrays): ENGINE_SIZE_FACTOR times, as measured by bench/reportsBench.ts (100 servers with 10 reports each: 32 MB
 * of heap, 41 MB of RSS, 43 MB estimated).
 */
function estimate(state: IndexState): number {
	return ENGINE_SIZE_FACTOR * encodeIndexState(state).reduce((sum, chunk) => sum + chunk.byteLength, 0);
}
