import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createProgressBar } from '../../src/console/createProgressBar.ts';
import { createFactdesk } from '../../src/core/createFactdesk.ts';
import { UserError } from '../../src/core/errors.ts';
import { toAsyncFactdesk } from '../../src/engine/AsyncFactdesk.ts';
import type { Engine } from '../../src/engine/Engine.ts';
import { EngineSupervisor } from '../../src/engine/EngineSupervisor.ts';
import { EngineWorker } from '../../src/engine/EngineWorker.ts';
import type { ReloadResult } from '../../src/engine/ReloadResult.ts';
import { startEngineHere } from '../../src/engine/startEngineHere.ts';
import { loadReports } from '../../src/reports/loadReports.ts';
import { watchReports } from '../../src/reports/watchReports.ts';
import { reportedByChokidar } from '../reports/reportedByChokidar.ts';

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

describe('EngineSupervisor', () => {
	test('a reload starts a new engine thread and swaps it in, answering all along', async () => {
		const library = await EngineSupervisor.open(reportsDir, { cacheDir });
		try {
			expect((await library.factdesk.ask(NEW_QUESTION)).answered).toBe(false);
			writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
			let settled = false;
			const reloading = library.reload().finally(() => {
				settled = true;
			});
			let answeredMeanwhile = 0;
			while (!settled) {
				expect((await library.factdesk.ask('How many drones were shot down?')).answer).toMatch(/72/);
				answeredMeanwhile++;
				await new Promise((resolve) => setTimeout(resolve, 5));
			}
			expect(await reloading).toMatchObject({ ok: true, reports: 2, errors: [], fromCache: false });
			expect(answeredMeanwhile).toBeGreaterThan(1);
			expect(library.reports()).toBe(2);
			expect((await library.factdesk.ask(NEW_QUESTION)).answer).toMatch(/17/);
		} finally {
			await library.close();
		}
	});

	test('the engine thread posts progress, and a second reload of unchanged reports comes from the cache', async () => {
		const calls: [number, number][] = [];
		const library = await EngineSupervisor.open(reportsDir, { cacheDir, onProgress: (d, t) => calls.push([d, t]) });
		try {
			writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
			calls.length = 0;
			await library.reload();
			expect(calls.at(-1)).toEqual([4, 4]);
			expect(await library.reload()).toMatchObject({ ok: true, fromCache: true, reports: 2 });
		} finally {
			await library.close();
		}
		// Three engine threads start one after another: under the whole suite's load on two cores that took 19–30 s.
	}, 180_000);

	test('a reload after the cache folder was emptied bundles the engine thread again and rebuilds the index', async () => {
		const library = await EngineSupervisor.open(reportsDir, { cacheDir });
		try {
			rmSync(cacheDir, { recursive: true });
			writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
			expect(await library.reload()).toMatchObject({ ok: true, reports: 2, fromCache: false });
			expect((await library.factdesk.ask(NEW_QUESTION)).answer).toMatch(/17/);
		} finally {
			await library.close();
		}
	});

	test('a failed reload keeps the old engine answering and reports the error', async () => {
		const seen: ReloadResult[] = [];
		let starts = 0;
		const library = await EngineSupervisor.open(reportsDir, {
			cacheDir,
			onReload: (r) => seen.push(r),
			start: (dir, options) =>
				starts++ === 0 ? EngineWorker.start(dir, options) : Promise.reject(new Error('disk on fire')),
		});
		try {
			const result = await library.reload();
			expect(result).toEqual({ ok: false, reports: 1, error: 'disk on fire' });
			expect(seen).toEqual([result]);
			expect((await library.factdesk.ask('How many drones were shot down?')).answer).toMatch(/72/);
		} finally {
			await library.close();
		}
	});

	test('a reload of a folder that has gone keeps the old engine', async () => {
		const library = await EngineSupervisor.open(reportsDir, { cacheDir });
		try {
			rmSync(reportsDir, { recursive: true });
			const result = await library.reload();
			expect(result.ok).toBe(false);
			expect(library.reports()).toBe(1);
			expect((await library.factdesk.ask('How many drones were shot down?')).answer).toMatch(/72/);
		} finally {
			await library.close();
		}
	});

	test('with the engine on this thread (the console chat) it loads, answers and reloads the same way', async () => {
		const library = await EngineSupervisor.open(reportsDir, { cacheDir, start: startEngineHere });
		expect((await library.factdesk.ask('How many drones were shot down?')).answer).toMatch(/72/);
		writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
		expect(await library.reload()).toMatchObject({ ok: true, reports: 2 });
		expect((await library.factdesk.ask(NEW_QUESTION)).answer).toMatch(/17/);
		await library.close();
	});

	test("an engine's report list is asked for once, and asked again of the engine a reload brings", async () => {
		const engines: Engine[] = [];
		const library = await EngineSupervisor.open(reportsDir, {
			start: async () => {
				const engine = fakeEngine(engines.length + 1);
				engines.push(engine);
				return engine;
			},
		});
		const first = vi.spyOn(engines[0]?.factdesk as Engine['factdesk'], 'reports');
		await library.factdesk.reports();
		await library.factdesk.reports();
		expect(first).toHaveBeenCalledTimes(1);
		await library.reload();
		const second = vi.spyOn(engines[1]?.factdesk as Engine['factdesk'], 'reports');
		await library.factdesk.reports();
		expect(second).toHaveBeenCalledTimes(1);
		expect(first).toHaveBeenCalledTimes(1);
	});

	test('reloads asked for during a reload run once, after it', async () => {
		let starts = 0;
		const library = await EngineSupervisor.open(reportsDir, {
			start: async () => {
				if (starts++ === 0) return fakeEngine();
				await new Promise((resolve) => setTimeout(resolve, 20));
				throw new Error('stop');
			},
		});
		await Promise.all([library.reload(), library.reload(), library.reload()]);
		expect(starts).toBe(3);
	});

	test('an engine thread that dies is replaced by a new one, and the crash is told', async () => {
		const crashes: number[] = [];
		const exits: ((code: number) => void)[] = [];
		const library = await EngineSupervisor.open(reportsDir, {
			onCrash: (code) => crashes.push(code),
			start: async (_dir, options) => {
				if (options.onExit) exits.push(options.onExit);
				return fakeEngine(exits.length);
			},
		});
		expect(library.reports()).toBe(1);
		exits[0]?.(1);
		await vi.waitFor(() => expect(library.reports()).toBe(2));
		expect(crashes).toEqual([1]);
		exits[0]?.(1);
		expect(crashes).toEqual([1]);
	});

	test('questions asked while a dead engine is being replaced are answered by its replacement', async () => {
		const exits: ((code: number) => void)[] = [];
		let dead = false;
		let starts = 0;
		const library = await EngineSupervisor.open(reportsDir, {
			start: async (_dir, options) => {
				if (options.onExit) exits.push(options.onExit);
				if (starts++ === 0) return { ...fakeEngine(1), alive: () => !dead };
				await new Promise((resolve) => setTimeout(resolve, 50));
				return realEngine(2);
			},
		});
		dead = true;
		exits[0]?.(1);
		const answer = await library.factdesk.ask('How many drones were shot down?');
		expect(answer.answer).toMatch(/72/);
		expect(library.reports()).toBe(2);
	});

	test('when replacing a dead engine fails, it tries again until one starts', async () => {
		const exits: ((code: number) => void)[] = [];
		let starts = 0;
		const library = await EngineSupervisor.open(reportsDir, {
			retryMs: 10,
			start: async (_dir, options) => {
				starts++;
				if (starts === 2 || starts === 3) throw new Error('not yet');
				if (options.onExit) exits.push(options.onExit);
				return fakeEngine(starts);
			},
		});
		exits[0]?.(1);
		await vi.waitFor(() => expect(library.reports()).toBe(4));
		expect(starts).toBe(4);
	});
});

describe('EngineWorker', () => {
	test('answers every call like the engine on this thread, and a UserError stays a UserError', async () => {
		const engine = await EngineWorker.start(reportsDir, { cache: false });
		try {
			const here = createFactdesk(loadReports(reportsDir).reports);
			for (const question of [
				'How many drones were shot down?',
				'Who is the union leader?',
				'What is the capital of France?',
			])
				expect(await engine.factdesk.ask(question), question).toEqual(here.ask(question));
			expect(await engine.factdesk.reports()).toEqual(here.reports());
			expect(await engine.factdesk.facts({ kind: 'count' })).toEqual(here.facts({ kind: 'count' }));
			expect(await engine.factdesk.factPage({ about: 'drones' }, 1, 3)).toEqual(
				here.factPage({ about: 'drones' }, 1, 3),
			);
			expect(await engine.factdesk.summarise({ length: 'short' })).toEqual(here.summarise({ length: 'short' }));
			expect(await engine.factdesk.paragraph(2)).toEqual(here.paragraph(2));
			expect(await engine.factdesk.suggest('how many', 5)).toEqual(here.suggest('how many', 5));
			const refused = engine.factdesk.paragraph(99);
			await expect(refused).rejects.toBeInstanceOf(UserError);
			await expect(refused).rejects.toThrow('there is no paragraph 99');
		} finally {
			await engine.close();
		}
	});

	test('close answers the calls already made, then refuses new ones', async () => {
		const engine = await EngineWorker.start(reportsDir, { cache: false });
		const pending = engine.factdesk.ask('How many drones were shot down?');
		const closing = engine.close();
		await expect(engine.factdesk.ask('Who is the union leader?')).rejects.toThrow('closed');
		expect((await pending).answer).toMatch(/72/);
		await closing;
	});

	test('a thread that stops on its own rejects what it had not answered and every later call, and tells onExit', async () => {
		const exits: number[] = [];
		const engine = await EngineWorker.start(reportsDir, { cache: false, onExit: (code) => exits.push(code) });
		const pending = engine.factdesk.ask('How many drones were shot down?');
		// What an out-of-memory abort looks like from here: the thread is gone.
		await (engine as unknown as { worker: Worker }).worker.terminate();
		await expect(pending).rejects.toThrow('the engine thread stopped');
		await expect(engine.factdesk.ask('Who is the union leader?')).rejects.toThrow('the engine thread stopped');
		expect(exits).toHaveLength(1);
	});

	test('a thread that leaves a call unanswered is taken for stuck: the call is refused, the thread stopped, onExit told', async () => {
		// A thread that says it is ready and then never answers.
		const silent = `import { parentPort } from 'node:worker_threads';
			parentPort.postMessage({ type: 'ready', reports: 1, errors: [], fromCache: false });
			parentPort.on('message', () => {});`;
		const script = new URL(`data:text/javascript,${encodeURIComponent(silent)}`);
		const exits: number[] = [];
		const engine = await EngineWorker.start(reportsDir, { script, callTimeoutMs: 100, onExit: (c) => exits.push(c) });
		const started = performance.now();
		await expect(engine.factdesk.ask('How many drones were shot down?')).rejects.toThrow(
			'did not answer within 100 ms',
		);
		expect(performance.now() - started).toBeGreaterThanOrEqual(90);
		await vi.waitFor(() => expect(exits).toHaveLength(1));
		await expect(engine.factdesk.reports()).rejects.toThrow('did not answer');
	});

	test('a folder it cannot read starts an engine with no reports that says why', async () => {
		const missing = join(work, 'missing');
		const engine = await EngineWorker.start(missing, { cache: false });
		try {
			expect(engine.reports).toBe(0);
			expect(engine.errors).toEqual([{ file: missing, problem: expect.any(String) }]);
			expect((await engine.factdesk.ask('How many drones were shot down?')).answered).toBe(false);
		} finally {
			await engine.close();
		}
	});
});

/** The real core on the reports folder, on this thread, saying it holds `reports` reports. */
function realEngine(reports: number): Engine {
	const factdesk = toAsyncFactdesk(createFactdesk(loadReports(reportsDir).reports));
	return { factdesk, reports, errors: [], fromCache: false, close: async () => undefined };
}

/** An engine that only says how many reports it holds (for the library's own bookkeeping). */
function fakeEngine(reports = 1): Engine {
	const factdesk = toAsyncFactdesk(createFactdesk([]));
	return { factdesk, reports, errors: [], fromCache: false, close: async () => undefined };
}

describe('watchReports', () => {
	test('a new report file is picked up without a restart', async () => {
		const library = await EngineSupervisor.open(reportsDir, { cacheDir });
		const reloaded = vi.fn<(r: ReloadResult) => void>();
		let ready: () => void = () => undefined;
		const watching = new Promise<void>((resolve) => {
			ready = resolve;
		});
		const stop = watchReports(reportsDir, () => void library.reload().then(reloaded), {
			debounceMs: 50,
			onReady: ready,
		});
		try {
			await watching;
			writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
			// About 3 s alone; under the whole suite's load on two cores the watch and reload took over 15 s once.
			await vi.waitFor(async () => expect((await library.factdesk.ask(NEW_QUESTION)).answer).toMatch(/17/), {
				timeout: 45_000,
				interval: 50,
			});
			expect(reloaded).toHaveBeenCalledWith(expect.objectContaining({ ok: true, reports: 2 }));
		} finally {
			stop();
			await library.close();
		}
	}, 180_000);

	test('ignores files that are not reports, and a folder that cannot be watched is reported, not thrown', async () => {
		// A change is told 20 ms after chokidar reports a file, and a file is reported once it has held still for
		// 200 ms. A plain watcher beside it says when each file was reported: a change for the swap file would be told
		// before the report is even written, so the change told after the report must be the first.
		const writeFinishMs = 200;
		let calls = 0;
		let onCall: () => void = () => undefined;
		let ready: () => void = () => undefined;
		const watching = new Promise<void>((resolve) => {
			ready = resolve;
		});
		const stop = watchReports(
			reportsDir,
			() => {
				calls++;
				onCall();
			},
			{ debounceMs: 20, writeFinishMs, onReady: ready },
		);
		try {
			await watching;
			const swap = await reportedByChokidar(reportsDir, ['notes.swp'], writeFinishMs);
			writeFileSync(join(reportsDir, 'notes.swp'), 'x');
			await swap.added;
			const report = await reportedByChokidar(reportsDir, ['lighthouses.md'], writeFinishMs);
			writeFileSync(join(reportsDir, 'lighthouses.md'), NEW_REPORT);
			await report.added;
			await new Promise<void>((resolve) => {
				onCall = resolve;
			});
			expect(calls, 'the report is the first change: the swap file made none').toBe(1);
		} finally {
			stop();
		}
		const errors: Error[] = [];
		watchReports(join(work, 'missing'), () => calls++, { onError: (e) => errors.push(e) })();
		expect(errors).toHaveLength(1);
	});
});

describe('watchReports after the folder is deleted and created again', () => {
	test('watches the new folder: a report written there is a change', async () => {
		const dir = join(work, 'recreated');
		mkdirSync(dir);
		let calls = 0;
		const order: string[] = [];
		let wake: (() => void) | undefined;
		const nextChange = () => new Promise<void>((resolve) => (wake = resolve));
		// onReady is told each time a watch has done its first scan, the first one and each one on a new folder.
		let watching: (() => void) | undefined;
		const nextReady = () => new Promise<void>((resolve) => (watching = resolve));
		let ready = nextReady();
		const stop = watchReports(
			dir,
			() => {
				calls++;
				order.push('change');
				wake?.();
			},
			{
				debounceMs: 20,
				checkMs: 20,
				onReady: () => {
					order.push('ready');
					watching?.();
				},
			},
		);
		try {
			await ready;
			let change = nextChange();
			rmSync(dir, { recursive: true });
			await change;
			change = nextChange();
			ready = nextReady();
			mkdirSync(dir);
			await change;
			// The change is told once the new watch follows the folder, so the reload it starts misses no report.
			expect(order.slice(-2)).toEqual(['ready', 'change']);
			await ready;
			const before = calls;
			change = nextChange();
			writeFileSync(join(dir, 'lighthouses.md'), NEW_REPORT);
			await change;
			expect(calls).toBe(before + 1);
		} finally {
			stop();
		}
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
