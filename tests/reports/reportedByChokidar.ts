import { basename } from 'node:path';
import { watch } from 'chokidar';

/**
 * Resolves once a plain chokidar watcher on `dir`, with the write-finish wait watchReports uses (`writeFinishMs`) and
 * nothing ignored (not even editors' swap files, which chokidar's atomic mode drops), has reported each of the files
 * `names` added: by then watchReports' own watcher has had those files' events too, so a test can tell "ignored" from
 * "not seen yet". Call it before writing the files.
 *
 * @example
 * const seen = await reportedByChokidar(dir, ['notes.swp'], 200);
 * writeFileSync(join(dir, 'notes.swp'), 'x');
 * await seen.added;
 */
export async function reportedByChokidar(
	dir: string,
	names: string[],
	writeFinishMs: number,
): Promise<{ added: Promise<void> }> {
	const watcher = watch(dir, {
		ignoreInitial: true,
		persistent: false,
		depth: 1,
		atomic: false,
		awaitWriteFinish: { stabilityThreshold: writeFinishMs, pollInterval: Math.min(50, writeFinishMs) },
	});
	await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
	const waiting = new Set(names);
	const added = new Promise<void>((resolve) =>
		watcher.on('add', (path) => {
			waiting.delete(basename(path));
			if (waiting.size > 0) return;
			void watcher.close();
			resolve();
		}),
	);
	return { added };
}
