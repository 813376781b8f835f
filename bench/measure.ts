/** Measures one system on one corpus: build time, memory after build, per-question latency, top-1 accuracy. */
import { performance } from 'node:perf_hooks';
import type { Report } from '../src/core/types.ts';
import type { Ask, BenchSystem } from './anchors.ts';
import { type BenchQuestion, normaliseAnswer } from './buildCorpora.ts';

/** Every figure for one system at one corpus size. */
export interface Measurement {
	system: string;
	reports: number;
	sentences: number;
	questions: number;
	buildMs: number;
	/** Process resident set size after the build and a full GC (includes Node, tsx and the corpus text). */
	rssMb: number;
	/** V8 heap in use after the build and a full GC, and its growth over the heap before the build (the index). */
	heapUsedMb: number;
	heapDeltaMb: number;
	/** Peak resident set size of the process over build and questions. */
	maxRssMb: number;
	/** Highest resident set size sampled while answering (every few questions, after the build). */
	answeringRssMb: number;
	p50Ms: number;
	p95Ms: number;
	p99Ms: number;
	maxMs: number;
	meanMs: number;
	questionsPerSecond: number;
	accuracy: number;
	correct: number;
	/** Whether global.gc was available, so the memory figures are after a full collection. */
	gcExposed: boolean;
}

const WARM_UP = 20;
/** Resident set size is sampled every this many questions. */
const RSS_EVERY = 25;
const MB = 1024 * 1024;

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

function collect(): boolean {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) return false;
	gc();
	gc();
	return true;
}

/** Whether a top hit is right: from the question's report, and its quote contains a gold answer (normalised). */
export function isRight(hit: { report: string; quote: string } | undefined, q: BenchQuestion): boolean {
	if (!hit || hit.report !== q.report) return false;
	const quote = normaliseAnswer(hit.quote);
	return q.answers.some((a) => quote.includes(normaliseAnswer(a)));
}

/**
 * Builds `system` over `reports`, then asks every question once, timing each call with performance.now().
 * The first few questions are asked once untimed beforehand, to warm the JIT the same way for every system; a system
 * with a warm-up of its own (factdesk's engine start-up) does it again after the memory figures' forced collections.
 */
export function measureSystem(
	system: BenchSystem,
	reports: Report[],
	questions: readonly BenchQuestion[],
	sentences: number,
): Measurement & { ask: Ask } {
	const gcExposed = collect();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = performance.now();
	const ask = system.build(reports);
	const buildMs = performance.now() - started;
	collect();
	const after = process.memoryUsage();
	// A full collection flushes the compiled regular expressions and cold bytecode a start-up warm-up made, which no
	// serving engine has just gone through: the system warms up again, untimed, before its questions are timed.
	ask.warmUp?.();
	for (const q of questions.slice(0, WARM_UP)) ask(q.question);
	const latencies: number[] = [];
	let correct = 0;
	let answeringRss = process.memoryUsage.rss();
	for (const [i, q] of questions.entries()) {
		const t = performance.now();
		const hit = ask(q.question);
		latencies.push(performance.now() - t);
		if (isRight(hit, q)) correct++;
		if (i % RSS_EVERY === 0) answeringRss = Math.max(answeringRss, process.memoryUsage.rss());
	}
	answeringRss = Math.max(answeringRss, process.memoryUsage.rss());
	const total = latencies.reduce((a, b) => a + b, 0);
	const sorted = [...latencies].sort((a, b) => a - b);
	return {
		system: system.name,
		reports: reports.length,
		sentences,
		questions: questions.length,
		buildMs,
		rssMb: after.rss / MB,
		heapUsedMb: after.heapUsed / MB,
		heapDeltaMb: (after.heapUsed - heapBefore) / MB,
		maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
		answeringRssMb: answeringRss / MB,
		p50Ms: percentile(sorted, 50),
		p95Ms: percentile(sorted, 95),
		p99Ms: percentile(sorted, 99),
		maxMs: sorted[sorted.length - 1] ?? Number.NaN,
		meanMs: total / latencies.length,
		questionsPerSecond: latencies.length / (total / 1000),
		accuracy: correct / questions.length,
		correct,
		gcExposed,
		ask,
	};
}
