/**
 * The engine as it ships: the build `npm start` runs (`npm run build`, plain `tsc` output in dist/), not the
 * TypeScript that tsx compiles on the fly. tsx's esbuild keeps every function's name with a call per closure made and
 * turns regex literals with `\p{…}` outside a class into `new RegExp(…)` on every evaluation: at 1,000 reports that
 * made questions about a fifth slower than the build does. `npm run bench` builds first (tsc's incremental
 * build), so the figures are of the sources' code; run on its own, this needs `npm run build` after a change.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

if (!existsSync(join(DIST, 'core', 'createFactdesk.js')))
	throw new Error('bench: no build in dist/; run `npm run build` first (npm run bench does)');

/** A module of the build, each export asked for checked (a build from other sources may lack one). */
async function load<T>(module: string, ...names: (keyof T & string)[]): Promise<T> {
	const loaded = (await import(new URL(`../dist/${module}.js`, import.meta.url).href)) as Record<string, unknown>;
	const missing = names.filter((name) => loaded[name] === undefined);
	if (missing.length) throw new Error(`bench: dist/${module}.js lacks ${missing.join(', ')}; run \`npm run build\``);
	return loaded as T;
}

export const { createFactdesk } = await load<typeof import('../src/core/createFactdesk.ts')>(
	'core/createFactdesk',
	'createFactdesk',
);
export const { indexReports } = await load<typeof import('../src/core/indexReports.ts')>(
	'core/indexReports',
	'indexReports',
);
export const { restoreFactdesk } = await load<typeof import('../src/core/restoreFactdesk.ts')>(
	'core/restoreFactdesk',
	'restoreFactdesk',
);
export const { serialiseIndex } = await load<typeof import('../src/core/serialiseIndex.ts')>(
	'core/serialiseIndex',
	'serialiseIndex',
);
export const { warmUpQuestions } = await load<typeof import('../src/core/warmUpQuestions.ts')>(
	'core/warmUpQuestions',
	'warmUpQuestions',
);
export const { readIndexCache, writeIndexCache } = await load<typeof import('../src/engine/indexCache.ts')>(
	'engine/indexCache',
	'readIndexCache',
	'writeIndexCache',
);
export const { loadRankerModel } = await load<typeof import('../src/engine/loadRankerModel.ts')>(
	'engine/loadRankerModel',
	'loadRankerModel',
);
export const { WARM_UP_QUESTIONS } = await load<typeof import('../src/engine/engineRequest.ts')>(
	'engine/engineRequest',
	'WARM_UP_QUESTIONS',
);
