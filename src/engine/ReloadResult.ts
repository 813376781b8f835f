import type { ReportLoadError } from '../reports/loadReports.ts';

/** How a reload went: the engine swapped in, or the old one kept and why. */
export type ReloadResult =
	| { ok: true; reports: number; errors: ReportLoadError[]; fromCache: boolean; cacheError?: string }
	| { ok: false; reports: number; error: string };
