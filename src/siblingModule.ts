import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A module next to the caller's, in the form it runs in: compiled JavaScript under dist/, or TypeScript in dev. */
export interface SiblingModule {
	url: URL;
	file: string;
	/** True when it is compiled JavaScript (dist/), false when it is a .ts source that needs tsx. */
	compiled: boolean;
	/** Node options a child process needs to run it: none for compiled code, tsx's loader for a .ts source. */
	execArgv: string[];
}

/**
 * Resolves `./name` (no extension) beside `from` (the caller's import.meta.url): `name.js` when the caller runs from
 * the build in dist/, `name.ts` with tsx when it runs from the sources (tests, `npx tsx`). Production never loads
 * tsx: it is a development dependency.
 *
 * @example
 * siblingModule('./shard', import.meta.url); // { file: '/app/dist/discord/shard.js', compiled: true, execArgv: [] }
 */
export function siblingModule(name: string, from: string): SiblingModule {
	const compiled = !from.endsWith('.ts');
	const url = new URL(`${name}${compiled ? '.js' : '.ts'}`, from);
	return {
		url,
		file: fileURLToPath(url),
		compiled,
		execArgv: compiled ? [] : ['--import', tsxLoader(from)],
	};
}

/**
 * tsx's public ES module API (`tsx/esm/api`, its `import` condition as tsx's own exports map names it), for a worker
 * thread that registers it before importing a .ts file.
 */
export function tsxApiUrl(from: string): string {
	const manifest = createRequire(from).resolve('tsx/package.json');
	const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
		exports: Record<string, { import: { default: string } }>;
	};
	const api = exports['./esm/api']?.import.default;
	if (!api) throw new Error('tsx has no ./esm/api export');
	return pathToFileURL(join(dirname(manifest), api)).href;
}

function tsxLoader(from: string): string {
	return pathToFileURL(createRequire(from).resolve('tsx')).href;
}
