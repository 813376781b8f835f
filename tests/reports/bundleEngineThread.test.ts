import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { bundleEngineThread } from '../../src/reports/bundleEngineThread.ts';
import { EngineWorker } from '../../src/reports/EngineWorker.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-bundle-'));
const reportsDir = join(work, 'reports');
mkdirSync(reportsDir);
copyFileSync('tests/fixtures/reports/energy-truce-strikes.txt', join(reportsDir, 'energy-truce-strikes.txt'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bundleEngineThread', () => {
	test('keeps one bundle in the cache folder, reuses it while the sources are unchanged, removes older ones', async () => {
		const cacheDir = join(work, 'cache');
		mkdirSync(cacheDir);
		writeFileSync(join(cacheDir, 'engine-0123456789abcdef.mjs'), 'stale');
		const first = await bundleEngineThread(cacheDir);
		expect(first.protocol).toBe('file:');
		const file = fileURLToPath(first);
		const written = statSync(file).mtimeMs;
		const second = await bundleEngineThread(cacheDir);
		expect(second.href).toBe(first.href);
		expect(statSync(file).mtimeMs).toBe(written);
		expect(readdirSync(cacheDir).filter((n) => n.startsWith('engine-'))).toEqual([file.split('/').at(-1)]);
	});

	test('without a cache folder it is a data: URL, and an engine thread started on it answers with its source', async () => {
		const script = await bundleEngineThread();
		expect(script.protocol).toBe('data:');
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
