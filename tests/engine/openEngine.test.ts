import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, test } from 'vitest';
import { type OpenedEngine, openEngine } from '../../src/engine/openEngine.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'reports', 'harbour-strike.md');

/** A logger whose lines can be awaited: `next(msg)` resolves with the first line logged with that message. */
function recordingLogger() {
	const lines: Record<string, unknown>[] = [];
	const waiting: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
	const logger = pino(
		{ level: 'debug' },
		{
			write(text: string) {
				const line = JSON.parse(text) as Record<string, unknown>;
				lines.push(line);
				for (const w of waiting.filter((w) => w.msg === line.msg)) w.resolve(line);
			},
		},
	);
	const next = (msg: string) =>
		new Promise<Record<string, unknown>>((resolve) => {
			const seen = lines.find((l) => l.msg === msg);
			if (seen) resolve(seen);
			else waiting.push({ msg, resolve });
		});
	return { logger, lines, next };
}

describe('openEngine', () => {
	let dir = '';
	let opened: OpenedEngine | undefined;
	afterEach(async () => {
		await opened?.stop();
		opened = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	test('starts on this thread, logs skipped files, reloads with a report added and logs the reload', async () => {
		dir = mkdtempSync(join(tmpdir(), 'factdesk-open-'));
		const reports = join(dir, 'reports');
		const cacheDir = join(dir, 'cache');
		mkdirSync(reports);
		copyFileSync(FIXTURE, join(reports, 'harbour.md'));
		writeFileSync(join(reports, 'empty.md'), '');
		const { logger, next, lines } = recordingLogger();
		const reloads: boolean[] = [];
		opened = await openEngine(reports, { cacheDir, budgetMs: 5_000 }, logger, {
			place: 'here',
			onReload: (ok) => reloads.push(ok),
		});
		expect(opened.supervisor.reports()).toBe(1);
		expect(lines.some((l) => l.level === 40 && String(l.msg).includes('empty.md'))).toBe(true);

		const reloaded = next('reports reloaded');
		copyFileSync(FIXTURE, join(reports, 'harbour-again.md'));
		// The folder watch may or may not have seen the file yet; an explicit reload is what /config reload does.
		await opened.supervisor.reload();
		expect((await reloaded).reports).toBe(2);
		expect(reloads).toContain(true);
		expect(opened.supervisor.reports()).toBe(2);
	});
});
