/**
 * End-to-end latency through the loopback Discord stand-in (tests/discord/standIn, 127.0.0.1 only): the real bot,
 * its engine on a thread of its own as in production (EngineSupervisor), on the seed report answers N /ask interactions (default 1,000) one after another. For each, the time from
 * dispatching INTERACTION_CREATE to receiving the interaction callback (the deferral, type 5) and to the answer
 * (the PATCH of @original); p50/p95/p99/max and questions per second. Prints a table, writes bench/e2eResults.json.
 *
 * Two runs: paced (one interaction every 25 ms, 40/s: below discord.js's client-side limit of 50 requests a second,
 * which the PATCH of @original counts against), for latency; and back to back, for throughput, where every 50th
 * answer waits for that limit's window to end. The stand-in runs in this process, so its own work (JSON, the
 * OpenAPI validation of each body) is in the figures.
 * Usage: npx tsx bench/e2eBench.ts [count]
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { EngineSupervisor } from '../src/engine/EngineSupervisor.ts';
import { slash } from '../tests/discord/standIn/interactions.ts';
import { opt } from '../tests/discord/standIn/options.ts';
import { SpecValidator } from '../tests/discord/standIn/specValidator.ts';
import { startTestBot } from '../tests/discord/standIn/startTestBot.ts';
import { SEED_QUESTIONS } from './seedQuestions.ts';

const RESULTS = fileURLToPath(new URL('./e2eResults.json', import.meta.url));
const REPORTS_DIR = fileURLToPath(new URL('../tests/fixtures/discord-reports', import.meta.url));
const WARM_UP = 50;
/** Paced run: one interaction every this many ms (40/s). */
const PACE_MS = 25;
/** The whole run is bounded: it stops (and fails) past this. */
const DEADLINE_MS = 120_000;

interface Timing {
	callbackMs: number;
	answerMs: number;
}

/** Sends one /ask and waits (at most 5 s each, the stand-in's bound) for the deferral and the edit of @original. */
async function askOnce(discord: Parameters<typeof slash>[0], question: string): Promise<Timing> {
	const started = performance.now();
	const exchange = slash(discord, 'ask', [opt.string('question', question)]);
	const callback = await exchange.callback();
	const callbackMs = performance.now() - started;
	if (callback.body?.type !== 5) throw new Error(`expected a deferral (type 5), got ${JSON.stringify(callback.body)}`);
	const edit = await exchange.edit();
	const answerMs = performance.now() - started;
	if (!edit.body?.embeds?.length && !edit.body?.content) throw new Error(`an empty answer to "${question}"`);
	return { callbackMs, answerMs };
}

function percentile(sorted: number[], p: number): number {
	const value = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
	return Math.round(value * 100) / 100;
}

function summary(values: number[]) {
	const sorted = [...values].sort((a, b) => a - b);
	const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
	return {
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		p99: percentile(sorted, 99),
		max: percentile(sorted, 100),
		mean: Math.round(mean * 100) / 100,
	};
}

async function main(): Promise<void> {
	const count = Number(process.argv[2] ?? 1000);
	if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error('count: 1 to 100,000 interactions');
	const library = await EngineSupervisor.open(REPORTS_DIR, { cache: false });
	const bot = await startTestBot(new SpecValidator(), { cooldownSeconds: 0, engine: library.factdesk });
	const deadline = performance.now() + DEADLINE_MS;
	const questionAt = (i: number) => SEED_QUESTIONS[i % SEED_QUESTIONS.length]?.question ?? '';
	try {
		for (let i = 0; i < WARM_UP; i++) await askOnce(bot.discord, questionAt(i));
		const run = async (paceMs: number) => {
			const timings: Timing[] = [];
			const started = performance.now();
			for (let i = 0; i < count; i++) {
				if (performance.now() > deadline) throw new Error(`stopped after ${i} interactions: over ${DEADLINE_MS} ms`);
				const due = started + i * paceMs;
				if (performance.now() < due) await sleep(due - performance.now());
				timings.push(await askOnce(bot.discord, questionAt(i)));
			}
			const seconds = (performance.now() - started) / 1000;
			return {
				paceMs,
				callbackMs: summary(timings.map((t) => t.callbackMs)),
				answerMs: summary(timings.map((t) => t.answerMs)),
				questionsPerSecond: Math.round((count / seconds) * 10) / 10,
			};
		};
		const paced = await run(PACE_MS);
		await sleep(1100); // a fresh window of the client-side limit
		const backToBack = await run(0);
		const violations = bot.discord.violations.length;
		const results = {
			date: new Date().toISOString(),
			machine: {
				cpus: cpus().length,
				model: cpus()[0]?.model ?? 'unknown',
				node: process.version,
				loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
			},
			interactions: count,
			report: 'seed report (tests/fixtures/discord-reports/energy-truce-strikes.txt)',
			engine: 'its own thread (EngineSupervisor)',
			paced,
			backToBack,
			violations,
			target: { answerP99Ms: 50 },
		};
		writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);
		const cells = (s: ReturnType<typeof summary>) =>
			[s.p50, s.p95, s.p99, s.max].map((v) => v.toFixed(2).padStart(7)).join(' | ');
		const head = ['p50 ms', 'p95 ms', 'p99 ms', 'max ms'].map((h) => h.padStart(7)).join(' | ');
		console.log(`End to end through the loopback stand-in: ${count} sequential /ask interactions on the seed report`);
		console.log(
			`| ${'run'.padEnd(24)} | ${'from INTERACTION_CREATE to'.padEnd(26)} | ${head} | ${'q/s'.padStart(6)} |`,
		);
		console.log(`|${'-'.repeat(26)}|${'-'.repeat(28)}|${'---------|'.repeat(4)}--------|`);
		for (const [name, r] of [
			[`paced, one per ${PACE_MS} ms`, paced],
			['back to back', backToBack],
		] as const) {
			console.log(
				`| ${name.padEnd(24)} | ${'callback (defer)'.padEnd(26)} | ${cells(r.callbackMs)} | ${''.padStart(6)} |`,
			);
			console.log(
				`| ${''.padEnd(24)} | ${'answer (PATCH @original)'.padEnd(26)} | ${cells(r.answerMs)} | ${String(r.questionsPerSecond).padStart(6)} |`,
			);
		}
		console.log(`${violations} OpenAPI violations; load average ${results.machine.loadAverage.join(', ')}`);
		console.log(`paced answer p99 ${paced.answerMs.p99} ms (target ≤ 50 ms); written to bench/e2eResults.json`);
		if (violations > 0) process.exitCode = 1;
	} finally {
		await bot.stop();
		await library.close();
	}
}

await main();
