import type { IndexState } from '../core/IndexState.ts';
import type { ProgressListener, ReportIndex } from '../core/indexReports.ts';
import { indexReports } from '../core/indexReports.ts';
import { serialiseIndex } from '../core/serialiseIndex.ts';
import { hashReportFiles } from '../reports/hashReportFiles.ts';
import { loadReports, type ReportLoadError } from '../reports/loadReports.ts';
import { reportsText } from '../reports/reportsText.ts';
import { indexCacheFile, readIndexCache, writeIndexCache } from './indexCache.ts';

export interface IndexOptions {
	/** Folder of the cache file (default: the project's data/.cache; see defaultCacheDir). */
	cacheDir?: string;
	/** False to neither read nor write the cache. */
	cache?: boolean;
	/** True to build afresh and overwrite the cache without reading it (it could not be restored). */
	refresh?: boolean;
	onProgress?: ProgressListener;
	/** The core's source folder, for the cache's fingerprint (default: found from this module's location). */
	coreDir?: string;
	/** How long one report may take to index before it is skipped and named (default: no limit). */
	budgetMs?: number;
}

export interface LoadedIndex {
	state: IndexState;
	/** The built index when it was built here (restoring it from `state` is then unnecessary). */
	index?: ReportIndex;
	errors: ReportLoadError[];
	fromCache: boolean;
	/** Why the cache was ignored (damaged, malformed) or could not be written, when it was: worth a warning. */
	cacheError?: string;
}

/**
 * The index of the reports in `dir`: from the cache when the reports and the core are unchanged since it was
 * written; otherwise loaded, built and written to the cache. A missing, stale or damaged cache is rebuilt.
 */
export function loadIndexState(dir: string, options: IndexOptions = {}): LoadedIndex {
	const useCache = options.cache !== false;
	const budgetMs = options.budgetMs ?? Number.POSITIVE_INFINITY;
	const hash = useCache ? `${hashReportFiles(dir, options.coreDir)}/${budgetMs}` : '';
	const file = indexCacheFile(dir, options.cacheDir);
	const read = useCache && !options.refresh ? readIndexCache(file, hash) : {};
	if (read.cached) return { state: read.cached.state, errors: read.cached.errors, fromCache: true };
	const { reports, files, errors } = loadReports(dir);
	const { skipped, ...index } = indexReports(reports, options.onProgress, { budgetMs });
	for (const { report } of skipped)
		errors.push({
			file: files[reports.findIndex((r) => r.id === report)] ?? report,
			problem: reportsText.overBudget(budgetMs),
		});
	const state = serialiseIndex(index);
	const loaded: LoadedIndex = { state, index, errors, fromCache: false };
	if (read.problem !== undefined) loaded.cacheError = `cache ignored: ${read.problem}`;
	if (useCache)
		try {
			writeIndexCache(file, { hash, errors, state });
		} catch (error) {
			loaded.cacheError = `cache not written: ${(error as Error).message}`;
		}
	return loaded;
}
