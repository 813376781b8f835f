/**
 * Event-loop delay of the main thread while it answers, alone and during a reload of N reports (default 1,000):
 * questions go to the library's engine thread continuously (a new one 1 ms after each answer) while
 * perf_hooks.monitorEventLoopDelay and a 1 ms ticker watch the main thread. A full rebuild (no cache) and a
 * reload from the cache are both measured; each ends with the new engine swapped in and the old one closed.
 * Peak RSS is the whole process's (both threads, and both engines while a reload overlaps them).
 * Usage: npx tsx bench/eventLoopBench.ts [count]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { EngineSupervisor } from '../src/engine/EngineSupervisor.ts';
import { writeScaledReports } from './startupBench.ts';

const QUESTIONS = [
	'How many drones were shot down?',
	'Who is the union leader?',
	'How many ships were waiting offshore?',
	'Where are peace talks scheduled?',
];

interface Window {
	label: string;
	maxMs: number;
	p99Ms: number;
	longestGapMs: number;
	answers: number;
	slowestAnswerMs: number;
	ms: number;
	peakRssMB: number;
}

/** Answers through `library` until `work` settles, watching the main thread's event loop meanwhile. */
async function watch(label: string, library: EngineSupervisor, work: Promise<unknown>): Promise<Window> {
	let done = false;
	void work.finally(() => {
		done = true;
	});
	const delay = monitorEventLoopDelay({ resolution: 1 });
	let last = performance.now();
	let longestGapMs = 0;
	let peakRss = 0;
	let ticks = 0;
	const ticker = setInterval(() => {
		const now = performance.now();
		longestGapMs = Math.max(longestGapMs, now - last);
		last = now;
		if (ticks++ % 20 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
	}, 1);
	const started = performance.now();
	delay.enable();
	let answers = 0;
	let slowestAnswerMs = 0;
	while (!done) {
		const asked = performance.now();
		await library.factdesk.ask(QUESTIONS[answers++ % QUESTIONS.length] ?? '');
		slowestAnswerMs = Math.max(slowestAnswerMs, performance.now() - asked);
		await sleep(1);
	}
	await work;
	await sleep(20); // let the ticker see a block that ended with the swap
	delay.disable();
	clearInterval(ticker);
	const ms = (ns: number) => Math.round(ns / 1e4) / 100;
	return {
		label,
		maxMs: ms(delay.max),
		p99Ms: ms(delay.percentile(99)),
		longestGapMs: Math.round(longestGapMs * 10) / 10,
		answers,
		slowestAnswerMs: Math.round(slowestAnswerMs * 10) / 10,
		ms: Math.round(performance.now() - started),
		peakRssMB: Math.round(peakRss / 1e6),
	};
}

async function main(): Promise<void> {
	const count = Number(process.argv[2] ?? 1000);
	const work = mkdtempSync(join(tmpdir(), 'factdesk-eventloop-'));
	try {
		const reportsDir = join(work, 'reports');
		writeScaledReports(reportsDir, count);
		const library = await EngineSupervisor.open(reportsDir, { cacheDir: join(work, 'cache') });
		for (const q of QUESTIONS) await library.factdesk.ask(q);
		const windows = [
			await watch('answering alone, 3 s', library, sleep(3000)),
			await watch('answering + reload from the cache', library, library.reload()),
			await watch('answering + full rebuild', library, rebuild(library, join(work, 'cache'))),
		];
		await library.close();
		console.log(`main-thread event loop while answering, ${count} reports (engine on its own thread)`);
		for (const w of windows)
			console.log(
				`  ${w.label.padEnd(36)} ${String(w.ms).padStart(5)} ms: delay max ${w.maxMs} ms, p99 ${w.p99Ms} ms, longest gap ${w.longestGapMs} ms; ${w.answers} answers, slowest ${w.slowestAnswerMs} ms; peak rss ${w.peakRssMB} MB`,
			);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** A reload that cannot use the cache: the cache folder is emptied first. */
function rebuild(library: EngineSupervisor, cacheDir: string): Promise<unknown> {
	rmSync(cacheDir, { recursive: true, force: true });
	return library.reload();
}

await main();
