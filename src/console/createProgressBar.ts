import type { ProgressListener } from '../core/indexReports.ts';
import { consoleText } from './consoleText.ts';

export interface ProgressStream {
	isTTY?: boolean;
	columns?: number;
	write(text: string): boolean;
}

const WIDTH = 30;
const REDRAW_EVERY_MS = 100;

/**
 * A progress bar for indexing, drawn on `stream` (stderr) in place and cleared when done; nothing at all when the
 * stream is not a terminal, so logs and pipes stay clean.
 *
 * @example
 * indexReports(reports, createProgressBar(process.stderr)); // Indexing reports [#########.....] 64% (1280/2000)
 */
export function createProgressBar(
	stream: ProgressStream,
	now: () => number = () => performance.now(),
): ProgressListener {
	let last = Number.NEGATIVE_INFINITY;
	return (done, total) => {
		if (stream.isTTY !== true || total <= 0) return;
		const finished = done >= total;
		if (!finished && now() - last < REDRAW_EVERY_MS) return;
		last = now();
		const filled = Math.round((Math.min(done, total) / total) * WIDTH);
		const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
		const line = consoleText.indexing(bar, Math.floor((done / total) * 100), done, total);
		stream.write(finished ? '\r\x1b[2K' : `\r${line}\x1b[K`);
	};
}
