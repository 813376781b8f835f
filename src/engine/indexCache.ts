import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_STATE_VERSION, type IndexState, isIndexState } from '../core/IndexState.ts';
import type { ReportLoadError } from '../reports/loadReports.ts';

/** What the cache file holds: a header line (version, hash of the reports, load errors) and the index. */
export interface CachedIndex {
	hash: string;
	errors: ReportLoadError[];
	state: IndexState;
}

/** The cache file for a reports folder: `<cacheDir>/index-<folder hash>.json`, by default in the project's data/.cache. */
export function indexCacheFile(reportsDir: string, cacheDir?: string): string {
	const folder = resolve(reportsDir);
	const name = `index-${createHash('sha256').update(folder).digest('hex').slice(0, 16)}.json`;
	return join(cacheFolder(cacheDir), name);
}

/**
 * The cache folder: `cacheDir` when given, else the project's own `data/.cache` (never beside the reports folder,
 * which for `/etc` would be `/.cache`). Found from this module's location, so call it on the main thread.
 */
export function defaultCacheDir(): string {
	return fileURLToPath(new URL('../../data/.cache', import.meta.url));
}

function cacheFolder(cacheDir: string | undefined): string {
	return cacheDir ?? defaultCacheDir();
}

/** What reading the cache found: the index, or nothing (no file, or one for other reports or another version). */
export type CacheRead = { cached: CachedIndex } | { cached?: undefined; problem?: string };

/**
 * The cached index when the file exists, parses, has this version and `hash` (of the reports and the core),
 * and holds an index and load errors of the expected shape. A file that exists but is damaged or malformed is
 * ignored with a `problem` to warn about; the cache only ever holds data, never code.
 */
export function readIndexCache(file: string, hash: string): CacheRead {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return {};
	}
	try {
		const newline = text.indexOf('\n');
		const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
		if (header.version !== INDEX_STATE_VERSION || header.hash !== hash) return {};
		if (!isLoadErrors(header.errors)) return { problem: `${file}: the list of skipped reports is malformed` };
		const state: unknown = JSON.parse(text.slice(newline + 1));
		if (!isIndexState(state)) return { problem: `${file}: the index is malformed` };
		return { cached: { hash, errors: header.errors, state } };
	} catch (error) {
		return { problem: `${file}: ${(error as Error).message}` };
	}
}

function isLoadErrors(value: unknown): value is ReportLoadError[] {
	return (
		Array.isArray(value) &&
		value.every((e) => typeof e === 'object' && e && typeof e.file === 'string' && typeof e.problem === 'string')
	);
}

/** Writes the cache atomically (a temporary file renamed over the old one). Throws when the disk refuses. */
export function writeIndexCache(file: string, cached: CachedIndex): void {
	mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
	const header = JSON.stringify({ version: INDEX_STATE_VERSION, hash: cached.hash, errors: cached.errors });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, `${header}\n${JSON.stringify(cached.state)}`, { mode: 0o600 });
	renameSync(temporary, file);
}
