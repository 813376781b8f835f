import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createProgressBar } from '../../src/console/createProgressBar.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { type ReloadResult, ReportLibrary } from '../../src/reports/ReportLibrary.ts';
import { watchReports } from '../../src/reports/watchReports.ts';

const NEW_REPORT = 'The city council said 17 lighthouses were repainted in Farrowmouth this spring.\n';
const NEW_QUESTION = 'How many lighthouses were repainted?';

let work: string;
let reportsDir: string;
let cacheDir: string;
beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'factdesk-library-'));
	reportsDir = join(work, 'reports');
	cacheDir = join(work, 'cache');
	mkdirSync(reportsDir);
	copyFileSync('tests/fixtures/reports/energy-truce-strikes.txt', join(reportsDir, 'energy-truce-strikes.txt'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('ReportLibrary', () => {
	test('a reload builds in a worker thread and swaps the engine, answering all along', async () => {
		const library = ReportLibrary.open(reportsDir, { cacheDir });
		const before = library.current();
		expect(before.ask(NEW_QUESTION).answered).toBe(false);
		writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
		const reloading = library.reload();
		let answeredMeanwhile = 0;
		let settled = false;
		void reloading.finally(() => {
			settled = true;
		});
		while (!settled) {
			expect(library.factdesk.ask('How many drones were shot down?').answer).toMatch(/72/);
			answeredMeanwhile++;
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		const result = await reloading;
		expect(result).toMatchObject({ ok: true, reports: 2, errors: [], fromCache: false });
		expect(answeredMeanwhile).toBeGreaterThan(1);
		expect(library.current()).not.toBe(before);
		expect(library.current().ask(NEW_QUESTION).answer).toMatch(/17/);
		expect(library.factdesk.ask(NEW_QUESTION).answer).toMatch(/17/);
	});

	test('the worker posts progress, and a second reload of unchanged reports comes from the cache', async () => {
		const calls: [number, number][] = [];
		const library = ReportLibrary.open(reportsDir, { cacheDir, onProgress: (d, t) => calls.push([d, t]) });
		writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
		calls.length = 0;
		await library.reload();
		expect(calls.at(-1)).toEqual([4, 4]);
		expect(await library.reload()).toMatchObject({ ok: true, fromCache: true, reports: 2 });
	});

	// 220 sentences: three parts of 100 sentences or fewer.
	test('a larger index comes from the worker in parts, restored in slices, and answers like a fresh build', async () => {
		for (let i = 0; i < 24; i++)
			copyFileSync('tests/fixtures/reports/harbour-strike.md', join(reportsDir, `harbour-${i}.md`));
		const library = ReportLibrary.open(reportsDir, { cache: false });
		writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
		expect(await library.reload()).toMatchObject({ ok: true, reports: 26 });
		const fresh = createFactdesk(loadReports(reportsDir).reports);
		for (const question of [NEW_QUESTION, 'Who is the union leader?', 'How many drones were shot down?'])
			expect(library.current().ask(question), question).toEqual(fresh.ask(question));
		expect(library.current().facts()).toEqual(fresh.facts());
	});

	test('a failed reload keeps the old engine and reports the error', async () => {
		const seen: ReloadResult[] = [];
		const library = ReportLibrary.open(reportsDir, {
			cacheDir,
			onReload: (r) => seen.push(r),
			build: () => Promise.reject(new Error('disk on fire')),
		});
		const before = library.current();
		const result = await library.reload();
		expect(result).toEqual({ ok: false, reports: 1, error: 'disk on fire' });
		expect(seen).toEqual([result]);
		expect(library.current()).toBe(before);
		expect(library.current().ask('How many drones were shot down?').answered).toBe(true);
	});

	test('a reload of a folder that has gone keeps the old engine', async () => {
		const library = ReportLibrary.open(reportsDir, { cacheDir });
		const before = library.current();
		rmSync(reportsDir, { recursive: true });
		const result = await library.reload();
		expect(result.ok).toBe(false);
		expect(library.current()).toBe(before);
	});

	test('reloads asked for during a reload run once, after it', async () => {
		let builds = 0;
		const library = ReportLibrary.open(reportsDir, {
			cacheDir,
			build: async () => {
				builds++;
				await new Promise((resolve) => setTimeout(resolve, 20));
				throw new Error('stop');
			},
		});
		await Promise.all([library.reload(), library.reload(), library.reload()]);
		expect(builds).toBe(2);
	});
});

describe('watchReports', () => {
	test('a new report file is picked up without a restart', async () => {
		const library = ReportLibrary.open(reportsDir, { cacheDir });
		const reloaded = vi.fn<(r: ReloadResult) => void>();
		const stop = watchReports(reportsDir, () => void library.reload().then(reloaded), { debounceMs: 50 });
		try {
			writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
			await vi.waitFor(() => expect(library.current().ask(NEW_QUESTION).answer).toMatch(/17/), {
				timeout: 15_000,
				interval: 50,
			});
			expect(reloaded).toHaveBeenCalledWith(expect.objectContaining({ ok: true, reports: 2 }));
		} finally {
			stop();
		}
	});

	test('ignores files that are not reports, and a folder that cannot be watched is reported, not thrown', async () => {
		const changed = vi.fn();
		const stop = watchReports(reportsDir, changed, { debounceMs: 20 });
		writeFileSync(join(reportsDir, 'notes.swp'), 'x');
		await new Promise((resolve) => setTimeout(resolve, 150));
		stop();
		expect(changed).not.toHaveBeenCalled();
		const errors: Error[] = [];
		watchReports(join(work, 'missing'), changed, { onError: (e) => errors.push(e) })();
		expect(errors).toHaveLength(1);
	});
});

describe('createProgressBar', () => {
	test('draws on a terminal, in place, and clears the line when done', () => {
		const written: string[] = [];
		let now = 0;
		const bar = createProgressBar({ isTTY: true, write: (t) => written.push(t) > 0 }, () => now);
		bar(1, 4);
		now += 10;
		bar(2, 4);
		now += 200;
		bar(3, 4);
		bar(4, 4);
		expect(written).toHaveLength(3);
		expect(written[0]).toContain('Indexing reports [');
		expect(written[1]).toContain('75% (3/4)');
		expect(written[2]).toBe('\r\x1b[2K');
	});

	test('writes nothing when stderr is not a terminal', () => {
		const written: string[] = [];
		const bar = createProgressBar({ isTTY: false, write: (t) => written.push(t) > 0 });
		bar(1, 2);
		bar(2, 2);
		expect(written).toEqual([]);
	});
});
