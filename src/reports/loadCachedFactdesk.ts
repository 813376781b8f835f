import { createFactdesk } from '../core/createFactdesk.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import { restoreFactdesk } from '../core/restoreFactdesk.ts';
import { type IndexOptions, type LoadedIndex, loadIndexState } from './loadIndexState.ts';
import type { ReportLoadError } from './loadReports.ts';

export interface CachedFactdesk {
	factdesk: Factdesk;
	/** How many reports the engine holds. */
	reports: number;
	errors: ReportLoadError[];
	fromCache: boolean;
	cacheError?: string;
}

/**
 * The engine over the reports in `dir`, restored from the cached index when the reports are unchanged (fast
 * start-up), built and cached otherwise. A cache that cannot be restored is rebuilt; this never throws on it.
 *
 * @example
 * const { factdesk, fromCache } = loadCachedFactdesk('data/reports');
 */
export function loadCachedFactdesk(dir: string, options: IndexOptions = {}): CachedFactdesk {
	const loaded = loadIndexState(dir, options);
	try {
		return describe(loaded, factdeskOf(loaded));
	} catch (error) {
		if (!loaded.fromCache) throw error;
		const rebuilt = loadIndexState(dir, { ...options, refresh: true });
		rebuilt.cacheError ??= `cache ignored: it could not be restored (${(error as Error).message})`;
		return describe(rebuilt, factdeskOf(rebuilt));
	}
}

/** The engine for a loaded index: over the built index when there is one, restored from the state otherwise. */
export function factdeskOf(loaded: LoadedIndex): Factdesk {
	return loaded.index ? createFactdesk(loaded.index.corpus.reports, {}, loaded.index) : restoreFactdesk(loaded.state);
}

function describe(loaded: LoadedIndex, factdesk: Factdesk): CachedFactdesk {
	return {
		factdesk,
		reports: loaded.state.reports.length,
		errors: loaded.errors,
		fromCache: loaded.fromCache,
		...(loaded.cacheError !== undefined && { cacheError: loaded.cacheError }),
	};
}
