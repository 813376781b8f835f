import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EngineSupervisor } from '../../src/engine/EngineSupervisor.ts';
import { EngineWorker } from '../../src/engine/EngineWorker.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-worker-'));
const reportsDir = join(work, 'reports');
mkdirSync(reportsDir);
copyFileSync('tests/fixtures/reports/energy-truce-strikes.txt', join(reportsDir, 'energy-truce-strikes.txt'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The name an earlier version gave its bundle in the cache folder: a hash of the sources and the lockfile. */
function oldBundleHash(): string {
	const hash = createHash('sha256');
	const names = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'));
	for (const name of names.sort()) hash.update(`${name}\0`).update(readFileSync(join('src', name)));
	return hash.update(readFileSync('package-lock.json')).digest('hex').slice(0, 16);
}

describe('startWorkerThread', () => {
	test('code planted in a cache or data folder is never run, even under the name the bundle once had', async () => {
		const marker = join(work, 'planted-ran');
		const planted = `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, String(process.env.DISCORD_TOKEN));`;
		const name = `engine-${oldBundleHash()}.mjs`;
		for (const dir of [join(work, '.cache'), join(work, 'cache')]) {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, name), planted);
		}
		for (const cacheDir of [join(work, '.cache'), join(work, 'cache')]) {
			const library = await EngineSupervisor.open(reportsDir, { cacheDir });
			try {
				expect((await library.factdesk.ask('How many drones were shot down?')).answer).toMatch(/72/);
				expect((await library.reload()).ok).toBe(true);
			} finally {
				await library.close();
			}
		}
		expect(existsSync(marker)).toBe(false);
		// Four engine threads start and load the model one after another: on a slow, busy machine that passed 30 s.
	}, 90_000);

	test('from dist/ the engine thread starts on the compiled engineThread.js and answers with its source', async () => {
		const built = new URL('../../dist/engine/EngineWorker.js', import.meta.url);
		expect(existsSync(built), 'run `npm run build` first').toBe(true);
		const { EngineWorker: BuiltWorker } = (await import(
			built.href
		)) as typeof import('../../src/engine/EngineWorker.ts');
		const engine = await BuiltWorker.start(reportsDir, { cache: false });
		try {
			const answer = await engine.factdesk.ask('How many drones were shot down?');
			expect(answer.answer).toMatch(/72/);
			expect(answer.sources[0]).toMatchObject({ report: 'energy-truce-strikes', paragraph: 5 });
		} finally {
			await engine.close();
		}
	});

	test('a thread from the sources (tsx) answers too', async () => {
		const engine = await EngineWorker.start(reportsDir, { cache: false });
		try {
			expect((await engine.factdesk.ask('How many drones were shot down?')).answer).toMatch(/72/);
		} finally {
			await engine.close();
		}
	});
});
