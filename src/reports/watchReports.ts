import { type FSWatcher, watch as fsWatch, statSync } from 'node:fs';
import { extname } from 'node:path';

export interface WatchOptions {
	/** Quiet time after the last change before `onChange` runs (default 300 ms). */
	debounceMs?: number;
	/** How often the folder is checked for being deleted, replaced or (re)created (default 1 s). */
	checkMs?: number;
	onError?: (error: Error) => void;
	watch?: typeof fsWatch;
}

const REPORT_EXTENSIONS = new Set(['.txt', '.md']);

/**
 * Calls `onChange` once the reports folder has been quiet for `debounceMs` after a report file was added, changed,
 * renamed or removed. A folder that is deleted, replaced or created later is watched again as soon as it is there
 * (checked every `checkMs`), and that counts as a change. Returns a function that stops watching. A folder that
 * cannot be watched is reported to `onError` (once) and otherwise ignored until it can be.
 *
 * @example
 * const stop = watchReports('data/reports', () => void library.reload());
 */
export function watchReports(dir: string, onChange: () => void, options: WatchOptions = {}): () => void {
	const { debounceMs = 300, checkMs = 1_000, onError, watch = fsWatch } = options;
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
	const start = (reportError: boolean): boolean => {
		try {
			const id = folderId();
			watcher = watch(dir, { persistent: false }, (_event, name) => {
				if (folderId() !== watched) return check();
				if (name && !REPORT_EXTENSIONS.has(extname(String(name)).toLowerCase())) return;
				changed();
			});
			watcher.on('error', (error) => (folderId() !== watched ? check() : onError?.(error)));
			watched = id;
			return true;
		} catch (error) {
			if (reportError) onError?.(error as Error);
			return false;
		}
	};
	/** The folder is gone or another one stands in its place: stop the old watch, and start again once it is there. */
	const check = () => {
		if (watcher && folderId() === watched) return;
		if (watcher) {
			watcher.close();
			watcher = undefined;
			changed();
		}
		if (folderId() !== undefined && start(false)) changed();
	};
	start(true);
	const poll = setInterval(check, checkMs).unref();
	return () => {
		clearInterval(poll);
		clearTimeout(timer);
		watcher?.close();
	};
}
