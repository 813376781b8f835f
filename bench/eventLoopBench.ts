/**
 * Event-loop delay while answering during a reload: answers questions continuously on the main thread while a
 * reload of N reports (default 1,000) is indexed in the worker, and reports perf_hooks.monitorEventLoopDelay
 * (max, p99) for answering alone and for the whole reload, including restoring and swapping the new engine.
 * Usage: npx tsx bench/eventLoopBench.ts [count]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReportLibrary } from '../src/reports/ReportLibrary.ts';
import { writeScaledReports } from './startupBench.ts';

const QUESTIONS = [
	'How many drones were shot down?',
	'Who is the union leader?',
	'How many ships were waiting offshore?',
	'Where are peace talks scheduled?',
];

async function main(): Promise<void> {
	const count = Number(process.argv[2] ?? 1000);
	const work = mkdtempSync(join(tmpdir(), 'factdesk-eventloop-'));
	try {
		const reportsDir = join(work, 'reports');
		writeScaledReports(reportsDir, count);
		const library = ReportLibrary.open(reportsDir, { cache: false });
		const ms = (ns: number) => Math.round(ns / 1e4) / 100;
		let answers = 0;
		let slowest = 0;
		const answerFor = async (stop: () => boolean) => {
			while (!stop()) {
				const started = performance.now();
				library.current().ask(QUESTIONS[answers++ % QUESTIONS.length] ?? '');
				slowest = Math.max(slowest, performance.now() - started);
				await sleep(1);
			}
		};
		for (const q of QUESTIONS) library.current().ask(q);
		const idle = monitorEventLoopDelay({ resolution: 1 });
		idle.enable();
		const until = performance.now() + 2000;
		await answerFor(() => performance.now() > until);
		idle.disable();
		// A 1 ms timer beside the histogram: the longest gap between its ticks is the longest block.
		let last = performance.now();
		let gap = 0;
		const ticker = setInterval(() => {
			const now = performance.now();
			gap = Math.max(gap, now - last);
			last = now;
		}, 1);
		const reloadOnly = monitorEventLoopDelay({ resolution: 1 });
		reloadOnly.enable();
		const reloadStarted = performance.now();
		await library.reload();
		await sleep(10); // let the ticker see the block that ended with the swap
		reloadOnly.disable();
		const reloadMs = Math.round(performance.now() - reloadStarted);
		const reloadGap = gap;
		gap = 0;
		const during = monitorEventLoopDelay({ resolution: 1 });
		let done = false;
		answers = 0;
		slowest = 0;
		during.enable();
		const started = performance.now();
		const reload = library.reload().finally(() => {
			done = true;
		});
		await answerFor(() => done);
		await sleep(10);
		during.disable();
		clearInterval(ticker);
		const result = await reload;
		console.log(
			`reload of ${count} reports in the worker: ${Math.round(performance.now() - started)} ms, ${result.ok}`,
		);
		console.log(
			`reload alone (${reloadMs} ms): event-loop delay max ${ms(reloadOnly.max)} ms, p99 ${ms(reloadOnly.percentile(99))} ms, longest block ${Math.round(reloadGap)} ms`,
		);
		console.log(`answering alone:    event-loop delay max ${ms(idle.max)} ms, p99 ${ms(idle.percentile(99))} ms`);
		console.log(
			`answering + reload: event-loop delay max ${ms(during.max)} ms, p99 ${ms(during.percentile(99))} ms; longest block ${Math.round(gap)} ms; ${answers} answers, slowest ${Math.round(slowest)} ms`,
		);
		console.log(`rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

await main();
