/** The bench's printed tables and target checks, from the rows runBench collects. */
import type { Row } from './runBench.ts';

export const fixed = (n: number, digits: number): string => n.toFixed(digits);

/** The markdown table of every row. */
export function table(rows: readonly Row[]): string {
	const lines = [
		'| Reports (sentences) | System | Questions | Build (ms) | RSS (MB) | Heap (MB, Δ index) | Peak RSS answering (MB) | p50 (ms) | p95 (ms) | p99 (ms) | Questions/s | Top-1 |',
		'|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
	];
	for (const r of rows)
		lines.push(
			`| ${r.reports} (${r.sentences}) | ${r.system} | ${r.questions}${r.note ? '*' : ''} | ${fixed(r.buildMs, 1)} | ${fixed(r.rssMb, 0)} | ${fixed(r.heapUsedMb, 1)} (${fixed(r.heapDeltaMb, 1)}) | ${fixed(r.answeringRssMb, 0)} | ${fixed(r.p50Ms, 3)} | ${fixed(r.p95Ms, 3)} | ${fixed(r.p99Ms, 3)} | ${fixed(r.questionsPerSecond, r.questionsPerSecond < 10 ? 2 : 0)} | ${fixed(100 * r.accuracy, 1)}% |`,
		);
	return lines.join('\n');
}

/** factdesk's index cache: reload with both engines held, start-up from the cache file. */
export function cacheTable(rows: readonly Row[]): string {
	const lines = [
		'| Reports | Cold build (s) | Peak RSS answering (MB) | Reload (s) | Peak RSS with reload (MB) | Cache file (MB) | Start-up from cache (s, median) | RSS after start-up (MB) |',
		'|---|---:|---:|---:|---:|---:|---:|---:|',
	];
	for (const r of rows) {
		if (!r.reload || !r.startup) continue;
		const runs = r.startup.runs.map((ms) => fixed(ms / 1000, 2)).join(', ');
		lines.push(
			`| ${r.reports} | ${fixed(r.buildMs / 1000, 1)} | ${fixed(r.answeringRssMb, 0)} | ${fixed(r.reload.reloadMs / 1000, 1)} | ${fixed(r.reload.reloadPeakRssMb, 0)} | ${fixed(r.reload.cacheMb, 0)} | ${fixed(r.startup.startupMs / 1000, 2)} (${runs}) | ${fixed(r.startup.rssMb, 0)} |`,
		);
	}
	return lines.join('\n');
}

const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The issue-5 targets at 1,000 reports and the issue-10 targets at 10,000, checked against this run's figures. */
export function targets(rows: readonly Row[]): string[] {
	const at = (size: number, system: string) => rows.find((r) => r.reports === size && r.system === system);
	const lines: string[] = [];
	const desk = at(1000, 'factdesk');
	if (desk) {
		const fuse = at(1000, 'Fuse.js');
		const mini = at(1000, 'MiniSearch');
		const speedup = fuse ? fuse.meanMs / desk.meanMs : Number.NaN;
		lines.push(
			'Targets at 1000 reports:',
			`- p99 ≤ 5 ms: ${fixed(desk.p99Ms, 2)} ms — ${mark(desk.p99Ms <= 5)}`,
			`- ≥ 100× faster than Fuse.js (mean latency): ${fixed(speedup, 1)}× — ${mark(speedup >= 100)}`,
			`- accuracy ≥ MiniSearch: ${fixed(100 * desk.accuracy, 1)}% vs ${fixed(100 * (mini?.accuracy ?? Number.NaN), 1)}% — ${mark(desk.accuracy >= (mini?.accuracy ?? 1))}`,
			`- index build ≤ 10 s: ${fixed(desk.buildMs / 1000, 2)} s — ${mark(desk.buildMs <= 10_000)}`,
			`- RSS ≤ 400 MB: ${fixed(desk.maxRssMb, 0)} MB peak — ${mark(desk.maxRssMb <= 400)}`,
		);
	}
	const big = at(10_000, 'factdesk');
	if (big) {
		const reload = big.reload?.reloadPeakRssMb ?? Number.NaN;
		const startup = (big.startup?.startupMs ?? Number.NaN) / 1000;
		lines.push(
			'Targets at 10000 reports:',
			`- peak RSS answering ≤ 1 GB: ${fixed(big.answeringRssMb, 0)} MB — ${mark(big.answeringRssMb <= 1024)}`,
			`- peak RSS during a reload ≤ 1.5 GB: ${fixed(reload, 0)} MB — ${mark(reload <= 1536)}`,
			`- cold build ≤ 30 s: ${fixed(big.buildMs / 1000, 1)} s — ${mark(big.buildMs <= 30_000)}`,
			`- start-up from the cache ≤ 3 s: ${fixed(startup, 2)} s — ${mark(startup <= 3)}`,
			`- p99 ≤ 10 ms: ${fixed(big.p99Ms, 2)} ms — ${mark(big.p99Ms <= 10)}`,
			`- right answers no fewer than at 1000: ${fixed(100 * big.accuracy, 1)}% vs ${fixed(100 * (desk?.accuracy ?? Number.NaN), 1)}% — ${mark(big.accuracy >= (desk?.accuracy ?? 1))}`,
		);
	}
	return lines;
}
