/**
 * The engine as it ships: the build `npm start` runs (`npm run build`, plain `tsc` output in dist/), not the
 * TypeScript that tsx compiles on the fly. tsx's esbuild keeps every function's name with a call per closure made and
 * turns regex literals with `\p{…}` outside a class into `new RegExp(…)` on every evaluation: at 1,000 reports that
 * made questions about a fifth slower than the build does. `npm run bench` builds first; a build older than the
 * sources is refused, so the figures are never of other code than the sources'.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

/** The newest modification time of the .ts files under `dir`. */
function newestSource(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
		else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
	}
	return newest;
}

const built = (() => {
	try {
		return statSync(join(DIST, '.tsbuildinfo')).mtimeMs;
	} catch {
		return 0;
	}
})();
if (built < newestSource(join(ROOT, 'src')))
	throw new Error('bench: dist/ is missing or older than src/; run `npm run build` first (npm run bench does)');

const load = async <T>(module: string): Promise<T> =>
	(await import(new URL(`../dist/${module}.js`, import.meta.url).href)) as T;

export const { createFactdesk } = await load<typeof import('../src/core/createFactdesk.ts')>('core/createFactdesk');
export const { indexReports } = await load<typeof import('../src/core/indexReports.ts')>('core/indexReports');
export const { restoreFactdesk } = await load<typeof import('../src/core/restoreFactdesk.ts')>('core/restoreFactdesk');
export const { serialiseIndex } = await load<typeof import('../src/core/serialiseIndex.ts')>('core/serialiseIndex');
export const { warmUpQuestions } = await load<typeof import('../src/core/warmUpQuestions.ts')>('core/warmUpQuestions');
export const { readIndexCache, writeIndexCache } =
	await load<typeof import('../src/engine/indexCache.ts')>('engine/indexCache');
export const { loadRankerModel } =
	await load<typeof import('../src/engine/loadRankerModel.ts')>('engine/loadRankerModel');
