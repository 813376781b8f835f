import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { watchReports } from '../../src/reports/watchReports.ts';

const work = mkdtempSync(join(tmpdir(), 'factdesk-watch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;

/**
 * Watches a fresh folder set up by `prepare`; `changes()` resolves on the next call of onChange. A change made
 * after the one under test (a new report) must be the very next call: a late duplicate would arrive first.
 */
async function watching(prepare: (dir: string) => void) {
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
		{ debounceMs: 100, writeFinishMs: 50, checkMs: 60_000, onReady: ready },
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

	test('a swap file is no change; the report written next is the first one', async () => {
		const w = await watching(() => undefined);
		try {
			const change = w.next();
			writeFileSync(join(w.dir, '.strike.md.swp'), 'x');
			writeFileSync(join(w.dir, 'strike.md'), 'Dock workers struck.');
			await change;
			expect(w.calls()).toBe(1);
		} finally {
			w.stop();
		}
	});
});
