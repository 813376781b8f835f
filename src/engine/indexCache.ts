import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeIndexState, encodeIndexState } from '../core/encodeIndexState.ts';
import { INDEX_STATE_VERSION, type IndexState, isIndexState } from '../core/IndexState.ts';
import type { ReportLoadError } from '../reports/loadReports.ts';

/** What the cache file holds: a JSON header line (version, hash of the reports, load errors), then the index in binary. */
export interface CachedIndex {
	hash: string;
	errors: ReportLoadError[];
	state: IndexState;
}

/** The cache file for a reports folder: `<cacheDir>/index-<folder hash>.bin`, by default in the project's data/.cache. */
export function indexCacheFile(reportsDir: string, cacheDir?: string): string {
	const folder = resolve(reportsDir);
	const name = `index-${createHash('sha256').update(folder).digest('hex').slice(0, 16)}.bin`;
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
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return {};
	}
	try {
		const newline = bytes.indexOf(0x0a);
		if (newline < 0) return { problem: `${file}: no header line` };
		const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Record<string, unknown>;
		if (header.version !== INDEX_STATE_VERSION || header.hash !== hash) return {};
		if (!isLoadErrors(header.errors)) return { problem: `${file}: the list of skipped reports is malformed` };
		const state: unknown = decodeIndexState(bytes.subarray(newline + 1));
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
	const fd = openSync(temporary, 'w', 0o600);
	try {
		// The index's typed arrays are written as they are, chunk by chunk: no copy of the whole file in memory.
		for (const chunk of [Buffer.from(`${header}\n`), ...encodeIndexState(cached.state)])
			for (let done = 0; done < chunk.byteLength; ) done += writeSync(fd, chunk, done);
	} finally {
		closeSync(fd);
	}
	renameSync(temporary, file);
}
