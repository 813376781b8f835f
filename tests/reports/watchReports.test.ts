import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { watchReports } from '../../src/reports/watchReports.ts';
import { reportedByChokidar } from './reportedByChokidar.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-watch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;

/**
 * Watches a fresh folder set up by `prepare`; `changes()` resolves on the next call of onChange. A change made
 * after the one under test (a new report) must be the very next call: a late duplicate would arrive first.
 */
async function watching(prepare: (dir: string) => void, timing = { debounceMs: 100, writeFinishMs: 50 }) {
	const dir = join(work, `reports-${folders++}`);
	mkdirSync(dir);
	prepare(dir);
	let calls = 0;
	const waiting: (() => void)[] = [];
	let ready: () => void = () => undefined;
	const isReady = new Promise<void>((resolve) => {
		ready = resolve;
	});
	const stop = watchReports(
		dir,
		() => {
			calls++;
			for (const wake of waiting.splice(0)) wake();
		},
		{ ...timing, checkMs: 60_000, onReady: ready },
	);
	await isReady;
	return {
		dir,
		stop,
		calls: () => calls,
		next: () => new Promise<void>((resolve) => waiting.push(resolve)),
	};
}

describe('watchReports (chokidar)', () => {
	test('a Kubernetes-style swap of the ..data symlink is exactly one change', async () => {
		const w = await watching((dir) => {
			mkdirSync(join(dir, '..v1'));
			writeFileSync(join(dir, '..v1', 'strike.md'), 'Dock workers struck for 3 days.');
			symlinkSync('..v1', join(dir, '..data'));
			symlinkSync(join('..data', 'strike.md'), join(dir, 'strike.md'));
		});
		try {
			let change = w.next();
			mkdirSync(join(w.dir, '..v2'));
			writeFileSync(join(w.dir, '..v2', 'strike.md'), 'Dock workers struck for 4 days.');
			symlinkSync('..v2', join(w.dir, '..data_tmp'));
			renameSync(join(w.dir, '..data_tmp'), join(w.dir, '..data'));
			rmSync(join(w.dir, '..v1'), { recursive: true });
			await change;
			expect(w.calls()).toBe(1);
			change = w.next();
			writeFileSync(join(w.dir, 'later.md'), 'Another report.');
			await change;
			expect(w.calls(), 'no late duplicate of the swap').toBe(2);
		} finally {
			w.stop();
		}
	});

	test("an editor's rename-over-save (write a temporary file, rename it over the report) is exactly one change", async () => {
		const w = await watching((dir) => writeFileSync(join(dir, 'strike.md'), 'Dock workers struck for 3 days.'));
		try {
			let change = w.next();
			writeFileSync(join(w.dir, 'strike.md.tmp'), 'Dock workers struck for 5 days.');
			renameSync(join(w.dir, 'strike.md.tmp'), join(w.dir, 'strike.md'));
			await change;
			expect(w.calls()).toBe(1);
			change = w.next();
			writeFileSync(join(w.dir, 'later.md'), 'Another report.');
			await change;
			expect(w.calls(), 'no late duplicate of the save').toBe(2);
		} finally {
			w.stop();
		}
	});

	test("editors' swap and backup files are no change; the report written next is the first one", async () => {
		// A change is told 20 ms after chokidar reports a file, a file is reported once it has held still for 200 ms,
		// and a plain watcher beside it says when: a change for a swap file would be told before the report's.
		// chokidar drops vim's .name.swp itself; strike.md.bak and notes.swp are left to watchReports.
		const timing = { debounceMs: 20, writeFinishMs: 200 };
		const w = await watching(() => undefined, timing);
		try {
			const others = ['.strike.md.swp', 'strike.md.bak', 'notes.swp'];
			const swaps = await reportedByChokidar(w.dir, others, timing.writeFinishMs);
			for (const name of others) writeFileSync(join(w.dir, name), 'x');
			await swaps.added;
			const before = w.calls();
			const report = await reportedByChokidar(w.dir, ['strike.md'], timing.writeFinishMs);
			// Waited on before the write: under load watchReports may tell the change before the plain watcher reports it.
			const change = w.next();
			writeFileSync(join(w.dir, 'strike.md'), 'Dock workers struck.');
			await Promise.all([change, report.added]);
			expect(before, 'the swap and backup files made no change').toBe(0);
			expect(w.calls(), 'the report is one change').toBe(1);
		} finally {
			w.stop();
		}
	});
});
