import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import { REPORT_EXTENSIONS } from './loadReports.ts';

export interface WatchOptions {
	/** Quiet time after the last change before `onChange` runs (default 300 ms). */
	debounceMs?: number;
	/** How long a file's size must hold still before its change counts (write-finish waiting; default 200 ms). */
	writeFinishMs?: number;
	/** How often the folder is checked for being deleted, replaced or (re)created (default 1 s). */
	checkMs?: number;
	onError?: (error: Error) => void;
	/** Told once the folder's first scan is done and changes are being followed (tests wait on it). */
	onReady?: () => void;
}

/**
 * Whether a path in the folder is left unwatched: a file with an extension other than .txt or .md (an editor's
 * swap or temporary file). Names starting with `..` (Kubernetes' `..data` symlink and its timestamped folders),
 * folders and names with no extension are watched, so a symlink swap is seen.
 */
function ignored(dir: string, path: string): boolean {
	if (path === dir) return false;
	const name = basename(path);
	const extension = extname(name).toLowerCase();
	return !name.startsWith('..') && extension !== '' && !REPORT_EXTENSIONS.has(extension);
}

/**
 * Calls `onChange` once the reports folder has been quiet for `debounceMs` after a report was added, changed,
 * renamed or removed, or a symlink in it was swapped (the way Kubernetes ConfigMaps and many deploy tools update
 * files): chokidar, following symlinks, with atomic-save and write-finish handling, so a rename-over-save or a swap
 * of `..data` is one reload. A folder that is deleted, replaced or created later is watched again as soon as it is
 * there (checked every `checkMs`), and that counts as a change once the new watch follows it. Returns a function that stops watching. A folder that
 * cannot be watched is reported to `onError` (once) and otherwise ignored until it can be.
 *
 * @example
 * const stop = watchReports('data/reports', () => void library.reload());
 */
export function watchReports(dir: string, onChange: () => void, options: WatchOptions = {}): () => void {
	const { debounceMs = 300, writeFinishMs = 200, checkMs = 1_000, onError, onReady } = options;
	let timer: NodeJS.Timeout | undefined;
	let watcher: FSWatcher | undefined;
	let watched: number | undefined;
	const changed = () => {
		clearTimeout(timer);
		timer = setTimeout(onChange, debounceMs);
	};
	const folderId = () => {
		try {
			const stat = statSync(dir);
			return stat.isDirectory() ? stat.ino : undefined;
		} catch {
			return undefined;
		}
	};
	const start = (reportError: boolean, onStarted?: () => void): boolean => {
		const id = folderId();
		if (id === undefined) {
			if (reportError) onError?.(new Error(`${dir} is not a folder that can be watched`));
			return false;
		}
		watcher = watch(dir, {
			ignoreInitial: true,
			persistent: false,
			followSymlinks: true,
			depth: 1,
			atomic: true,
			awaitWriteFinish: { stabilityThreshold: writeFinishMs, pollInterval: Math.min(50, writeFinishMs) },
			ignored: (path) => ignored(dir, path),
		});
		watcher.on('all', () => (folderId() !== watched ? check() : changed()));
		watcher.on('error', (error) => (folderId() !== watched ? check() : onError?.(error as Error)));
		watcher.once('ready', () => {
			onReady?.();
			onStarted?.();
		});
		watched = id;
		return true;
	};
	/** The folder is gone or another one stands in its place: stop the old watch, and start again once it is there. */
	const check = () => {
		if (watcher && folderId() === watched) return;
		if (watcher) {
			void watcher.close();
			watcher = undefined;
			changed();
		}
		// The reload waits for the new watch's first scan: a report written before it is in the reload, one after is seen.
		if (folderId() !== undefined) start(false, changed);
	};
	start(true);
	const poll = setInterval(check, checkMs).unref();
	return () => {
		clearInterval(poll);
		clearTimeout(timer);
		void watcher?.close();
	};
}
