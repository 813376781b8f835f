/**
 * Managed reports, measured: the time from `/reports add url:` (fetch, extraction, storage) to the first answer from
 * that report in the server (its engine built over the shared reports plus its own), and the memory the engines of
 * 100 servers with 10 reports each take. `npx tsx --expose-gc bench/reportsBench.ts`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeManagedReports } from '../src/compose/composeManagedReports.ts';
import { createFactdesk } from '../src/core/createFactdesk.ts';
import { toAsyncFactdesk } from '../src/engine/AsyncFactdesk.ts';
import { loadReports } from '../src/reports/loadReports.ts';
import { startNewsSite } from '../tests/reports/fetch/newsSite.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const dir = mkdtempSync(join(tmpdir(), 'factdesk-reports-bench-'));
const site = await startNewsSite();
const reportsDir = 'data/reports';
const shared = toAsyncFactdesk(createFactdesk(loadReports(reportsDir).reports));
const config = {
	databasePath: join(dir, 'factdesk.sqlite'),
	reportsDir,
	cacheDir: join(dir, 'cache'),
	reportIndexBudgetMs: 60_000,
	fetchAllowPrivate: true,
	maxReportsPerServer: 50,
	engineMemoryMb: 100_000,
};
const composed = await composeManagedReports(config, shared);

// 1. From the add to the first answer, cold (no cached index), five servers.
const latencies: number[] = [];
for (let i = 0; i < 5; i++) {
	const started = performance.now();
	await composed.reports.add(`latency-${i}`, { kind: 'url', url: `${site.base}/article` }, 'bench');
	const added = performance.now() - started;
	const answer = await composed.engines
		.factdeskFor(`latency-${i}`)
		.ask('How many vessels were diverted to Marrow Bay?');
	if (!answer.answer.includes('6')) throw new Error(`unexpected answer ${answer.answer}`);
	latencies.push(performance.now() - started);
	console.log(`add ${added.toFixed(0)} ms, first answer ${(performance.now() - started).toFixed(0)} ms`);
}

// 2. 100 servers × 10 reports of their own (each different), every engine held.
const words = ['ships', 'cranes', 'trucks', 'barges', 'tugs', 'ferries', 'trains', 'vans', 'boats', 'planes'];
for (let s = 0; s < 100; s++)
	for (let r = 0; r < 10; r++) {
		const sentences = [
			`Dock workers at Port ${s} walked out on Sunday over pay, halting ${s + r + 3} ${words[r]}.`,
			`The union said ${100 * s + r} members joined the strike at Port ${s}, the largest since ${1950 + r}.`,
			`Harbour master Ines Kowal-${s} said report ${r} of server ${s} would stay open until talks resume next week.`,
			`Talks with the authority of Port ${s} broke down last week after ${r + 2} rounds.`,
			`Shipping lines diverted ${r + 1} vessels to Bay ${s}-${r}, according to the port authority.`,
		];
		const text = `---\ntitle: Strike ${s}-${r}\npublished: 2026-03-02\n---\n${sentences.join('\n\n')}`;
		await composed.reports.add(`server-${s}`, { kind: 'file', name: `strike-${r}.md`, text }, 'bench');
	}
gc();
const before = process.memoryUsage();
const started = performance.now();
for (let s = 0; s < 100; s++) await composed.engines.factdeskFor(`server-${s}`).ask('How many vessels were diverted?');
const buildSeconds = (performance.now() - started) / 1000;
gc();
const after = process.memoryUsage();
const held = composed.engines.held();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(
	JSON.stringify({
		addToFirstAnswerMs: { median: latencies.sort((a, b) => a - b)[2], max: latencies.at(-1) },
		servers: held.servers - 5,
		buildSeconds: Number(buildSeconds.toFixed(1)),
		heapMb: Number(mb(after.heapUsed - before.heapUsed)),
		rssMb: Number(mb(after.rss - before.rss)),
		estimatedMb: Number(mb(held.bytes)),
	}),
);
await composed.close();
await site.close();
rmSync(dir, { recursive: true, force: true });
