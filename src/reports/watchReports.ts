import { type FSWatcher, watch as fsWatch } from 'node:fs';
import { extname } from 'node:path';

export interface WatchOptions {
	/** Quiet time after the last change before `onChange` runs (default 300 ms). */
	debounceMs?: number;
	onError?: (error: Error) => void;
	watch?: typeof fsWatch;
}

const REPORT_EXTENSIONS = new Set(['.txt', '.md']);

/**
 * Calls `onChange` once the reports folder has been quiet for `debounceMs` after a report file was added, changed,
 * renamed or removed. Returns a function that stops watching. A folder that cannot be watched is reported to
 * `onError` and otherwise ignored.
 *
 * @example
 * const stop = watchReports('data/reports', () => void library.reload());
 */
export function watchReports(dir: string, onChange: () => void, options: WatchOptions = {}): () => void {
	const { debounceMs = 300, onError, watch = fsWatch } = options;
	let timer: NodeJS.Timeout | undefined;
	let watcher: FSWatcher | undefined;
	try {
		watcher = watch(dir, { persistent: false }, (_event, name) => {
			if (name && !REPORT_EXTENSIONS.has(extname(String(name)).toLowerCase())) return;
			clearTimeout(timer);
			timer = setTimeout(onChange, debounceMs);
		});
		watcher.on('error', (error) => onError?.(error));
	} catch (error) {
		onError?.(error as Error);
	}
	return () => {
		clearTimeout(timer);
		watcher?.close();
	};
}
