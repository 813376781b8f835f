import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript entry file. Node 20 does not apply the parent's `--import tsx` to a
 * worker's .ts entry, so the worker registers tsx itself before importing the entry.
 *
 * @example
 * const worker = startTsWorker(new URL('./engineThread.ts', import.meta.url), { dir: 'data/reports' });
 */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
	const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
	const tsxApi = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
	const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
	return new Worker(code, { eval: true, workerData, execArgv: [] });
}
