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
import { bundleEngineThread } from '../../src/reports/bundleEngineThread.ts';
import { EngineWorker } from '../../src/reports/EngineWorker.ts';
import { ReportLibrary } from '../../src/reports/ReportLibrary.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-bundle-'));
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

describe('bundleEngineThread', () => {
	test('code planted in a cache or data folder is never run, even under the name the bundle once had', async () => {
		const marker = join(work, 'planted-ran');
		const planted = `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, String(process.env.DISCORD_TOKEN));`;
		const name = `engine-${oldBundleHash()}.mjs`;
		for (const dir of [join(work, '.cache'), join(work, 'cache')]) {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, name), planted);
		}
		for (const cacheDir of [join(work, '.cache'), join(work, 'cache')]) {
			const library = await ReportLibrary.open(reportsDir, { cacheDir });
			try {
				expect((await library.factdesk.ask('How many drones were shot down?')).answer).toMatch(/72/);
				expect((await library.reload()).ok).toBe(true);
			} finally {
				await library.close();
			}
		}
		expect(existsSync(marker)).toBe(false);
		expect((await bundleEngineThread()).protocol).toBe('data:');
	});

	test('the bundle is a data: URL, built once per process, and an engine thread started on it answers with its source', async () => {
		const script = await bundleEngineThread();
		expect(script.protocol).toBe('data:');
		expect(await bundleEngineThread()).toBe(script);
		const engine = await EngineWorker.start(reportsDir, { script, cache: false });
		try {
			const answer = await engine.factdesk.ask('How many drones were shot down?');
			expect(answer.answer).toMatch(/72/);
			expect(answer.sources[0]).toMatchObject({ report: 'energy-truce-strikes', paragraph: 5 });
		} finally {
			await engine.close();
		}
	});

	test('a bundled thread finds the index cache written by the unbundled code (same fingerprint)', async () => {
		const cacheDir = join(work, 'index-cache');
		const unbundled = await EngineWorker.start(reportsDir, { cacheDir });
		expect(unbundled.fromCache).toBe(false);
		await unbundled.close();
		const bundled = await EngineWorker.start(reportsDir, { cacheDir, script: await bundleEngineThread() });
		expect(bundled.fromCache).toBe(true);
		await bundled.close();
	});
});
