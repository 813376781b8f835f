import { createFactdesk, type EngineTuning } from '../core/createFactdesk.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import type { RankerModel } from '../core/RankerModel.ts';
import { restoreFactdesk } from '../core/restoreFactdesk.ts';
import type { ReportLoadError } from '../reports/loadReports.ts';
import { type IndexOptions, type LoadedIndex, loadIndexState } from './loadIndexState.ts';

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
export function loadCachedFactdesk(dir: string, options: IndexOptions & { model?: RankerModel } = {}): CachedFactdesk {
	const loaded = loadIndexState(dir, options);
	const tuning = options.model ? { model: options.model } : {};
	try {
		return describe(loaded, factdeskOf(loaded, tuning));
	} catch (error) {
		if (!loaded.fromCache) throw error;
		const rebuilt = loadIndexState(dir, { ...options, refresh: true });
		rebuilt.cacheError ??= `cache ignored: it could not be restored (${(error as Error).message})`;
		return describe(rebuilt, factdeskOf(rebuilt, tuning));
	}
}

/** The engine for a loaded index: over the built index when there is one, restored from the state otherwise. */
export function factdeskOf(loaded: LoadedIndex, tuning: EngineTuning = {}): Factdesk {
	return loaded.index
		? createFactdesk(loaded.index.corpus.reports, tuning, loaded.index)
		: restoreFactdesk(loaded.state, tuning);
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
