import { Worker } from 'node:worker_threads';
import { siblingModule, tsxApiUrl } from '../siblingModule.ts';

/**
 * Starts a worker thread on the module `./name` beside `from` (the caller's import.meta.url). From the build in
 * dist/ that is plain compiled JavaScript from the installed package; code is never read from a cache or data
 * folder. From the sources (tests, development) the thread registers tsx's public API before importing the .ts
 * file, since Node 20 does not pass a parent's `--import tsx` on to a worker.
 *
 * @example
 * const worker = startWorkerThread('./engineThread', import.meta.url, { dir: 'data/reports' });
 */
export function startWorkerThread(name: string, from: string, workerData: unknown): Worker {
	const entry = siblingModule(name, from);
	if (entry.compiled) return new Worker(entry.url, { workerData, execArgv: [] });
	const api = JSON.stringify(tsxApiUrl(from));
	const code = `import(${api}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.url.href)}); });`;
	return new Worker(code, { eval: true, workerData, execArgv: [] });
}
