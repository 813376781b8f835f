import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./engineThread.ts', import.meta.url));
const SOURCES = fileURLToPath(new URL('../', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/**
 * The engine thread's code (engineThread.ts and all it imports, packages included) bundled into one ES module,
 * to start a Worker on: a thread started on it loads in tens of milliseconds, where one that compiles the .ts
 * files through tsx takes about 300 ms more. With `cacheDir` the bundle is kept there, named after a hash of the
 * sources and the lockfile, and reused while they are unchanged; otherwise it is returned as a data: URL.
 * Bundling runs in esbuild's own process, so it does not hold this thread.
 *
 * @example
 * const script = await bundleEngineThread('.cache');
 * const engine = await EngineWorker.start('data/reports', { script });
 */
export async function bundleEngineThread(cacheDir?: string): Promise<URL> {
	const file = cacheDir ? join(cacheDir, `engine-${sourceHash()}.mjs`) : undefined;
	if (file && isFile(file)) return pathToFileURL(file);
	const result = await build({
		entryPoints: [ENTRY],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		write: false,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]?.text;
	if (!code) throw new Error('esbuild produced no engine thread bundle');
	if (file)
		try {
			mkdirSync(cacheDir as string, { recursive: true });
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, code);
			renameSync(temporary, file);
			removeOtherBundles(cacheDir as string, file);
			return pathToFileURL(file);
		} catch {
			// A cache folder that cannot be written: the bundle still runs, from memory.
		}
	return new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function sourceHash(): string {
	const hash = createHash('sha256');
	const files = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.ts'))
		.sort();
	for (const name of files) hash.update(`${name}\0`).update(readFileSync(join(SOURCES, name)));
	if (isFile(LOCKFILE)) hash.update(readFileSync(LOCKFILE));
	return hash.digest('hex').slice(0, 16);
}

function removeOtherBundles(dir: string, keep: string): void {
	for (const name of readdirSync(dir))
		if (/^engine-[0-9a-f]+\.mjs$/.test(name) && join(dir, name) !== keep) rmSync(join(dir, name), { force: true });
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
