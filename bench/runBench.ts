/**
 * `npm run bench`: factdesk against Fuse.js and MiniSearch over 1, 100 and 1,000 reports. Each (size, system) runs in
 * its own child process with --expose-gc, so memory figures are not mixed up; prints a markdown table and writes
 * bench/results.json. BENCH_SIZES=1,100 limits the sizes (results.json is then not written).
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { reportSentences, SYSTEMS } from './anchors.ts';
import { buildCorpus } from './buildCorpora.ts';
import { type Measurement, measureSystem } from './measure.ts';

const SIZES = [1, 100, 1000];
const QUESTIONS = 1000;
/**
 * Fuse.js runs Bitap over every sentence per question (≈0.4 s a question at 100 reports, ≈4 s at 1,000): beyond one
 * report it is measured on the first questions only, so the bench ends in minutes.
 */
const FUSE_QUESTIONS: Record<number, number> = { 100: 100, 1000: 25 };

interface Row extends Measurement {
	distinctQuestions: number;
	/** One-minute load average of the machine when the child started and ended (other work on the same cores). */
	loadAverage: [number, number];
	note?: string;
}

function questionLimit(system: string, size: number): number {
	return system === 'Fuse.js' ? Math.min(QUESTIONS, FUSE_QUESTIONS[size] ?? QUESTIONS) : QUESTIONS;
}

function runChild(size: number, system: string): Promise<Row> {
	return new Promise((resolve, reject) => {
		const child = fork(fileURLToPath(import.meta.url), ['--child', String(size), system], {
			execArgv: [...process.execArgv, '--expose-gc'],
		});
		let row: Row | undefined;
		child.on('message', (m) => {
			row = m as Row;
		});
		child.on('error', reject);
		child.on('exit', (code) => (row ? resolve(row) : reject(new Error(`${system} at ${size} exited with ${code}`))));
	});
}

function child(size: number, name: string): void {
	const system = SYSTEMS.find((s) => s.name === name);
	if (!system) throw new Error(`unknown system ${name}`);
	const loadBefore = os.loadavg()[0] ?? 0;
	const corpus = buildCorpus(size, QUESTIONS);
	const limit = questionLimit(name, size);
	const sentences = reportSentences(corpus.reports).length;
	const m = measureSystem(system, corpus.reports, corpus.questions.slice(0, limit), sentences);
	const note = limit < QUESTIONS ? `first ${limit} of the ${QUESTIONS} questions` : undefined;
	const loadAverage: [number, number] = [loadBefore, os.loadavg()[0] ?? 0];
	const row: Row = { ...m, distinctQuestions: corpus.distinctQuestions, loadAverage, note };
	process.send?.(row, () => process.exit(0));
}

const fixed = (n: number, digits: number): string => n.toFixed(digits);

/** The markdown table of every row. */
function table(rows: readonly Row[]): string {
	const lines = [
		'| Reports (sentences) | System | Questions | Build (ms) | RSS (MB) | Heap (MB, Δ index) | p50 (ms) | p95 (ms) | p99 (ms) | Questions/s | Top-1 |',
		'|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
	];
	for (const r of rows)
		lines.push(
			`| ${r.reports} (${r.sentences}) | ${r.system} | ${r.questions}${r.note ? '*' : ''} | ${fixed(r.buildMs, 1)} | ${fixed(r.rssMb, 0)} | ${fixed(r.heapUsedMb, 1)} (${fixed(r.heapDeltaMb, 1)}) | ${fixed(r.p50Ms, 3)} | ${fixed(r.p95Ms, 3)} | ${fixed(r.p99Ms, 3)} | ${fixed(r.questionsPerSecond, r.questionsPerSecond < 10 ? 2 : 0)} | ${fixed(100 * r.accuracy, 1)}% |`,
		);
	return lines.join('\n');
}

/** The issue-5 targets at the largest size, checked against this run's figures. */
function targets(rows: readonly Row[]): string[] {
	const size = Math.max(...rows.map((r) => r.reports));
	const at = (s: string) => rows.find((r) => r.reports === size && r.system === s);
	const desk = at('factdesk');
	const fuse = at('Fuse.js');
	const mini = at('MiniSearch');
	if (!desk) return [];
	const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
	const speedup = fuse ? fuse.meanMs / desk.meanMs : Number.NaN;
	return [
		`Targets at ${size} reports:`,
		`- p99 ≤ 5 ms: ${fixed(desk.p99Ms, 2)} ms — ${mark(desk.p99Ms <= 5)}`,
		`- ≥ 100× faster than Fuse.js (mean latency): ${fixed(speedup, 1)}× — ${mark(speedup >= 100)}`,
		`- accuracy ≥ MiniSearch: ${fixed(100 * desk.accuracy, 1)}% vs ${fixed(100 * (mini?.accuracy ?? Number.NaN), 1)}% — ${mark(desk.accuracy >= (mini?.accuracy ?? 1))}`,
		`- index build ≤ 10 s: ${fixed(desk.buildMs / 1000, 2)} s — ${mark(desk.buildMs <= 10_000)}`,
		`- RSS ≤ 400 MB: ${fixed(desk.maxRssMb, 0)} MB peak — ${mark(desk.maxRssMb <= 400)}`,
	];
}

async function main(): Promise<void> {
	const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : SIZES;
	const rows: Row[] = [];
	for (const size of sizes)
		for (const system of SYSTEMS) {
			process.stderr.write(`bench: ${system.name} over ${size} report(s)…\n`);
			rows.push(await runChild(size, system.name));
		}
	const cpu = os.cpus()[0]?.model ?? 'unknown';
	const machine = { cpu, cores: os.cpus().length, node: process.version, os: `${os.type()} ${os.release()}` };
	console.log(table(rows));
	const notes = [...new Set(rows.flatMap((r) => (r.note ? [`* ${r.system} at ${r.reports} reports: ${r.note}`] : [])))];
	console.log(['', ...notes, '', ...targets(rows)].join('\n'));
	const loads = rows.flatMap((r) => r.loadAverage);
	console.log(`\nMachine: ${cpu}, ${machine.cores} cores, Node ${process.version}`);
	console.log(`Load average (1 min) during the run: ${fixed(Math.min(...loads), 1)}–${fixed(Math.max(...loads), 1)}`);
	if (process.env.BENCH_SIZES) return;
	const results = { date: new Date().toISOString(), machine, questionsPerSize: QUESTIONS, rows };
	writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
}

if (process.argv[2] === '--child') child(Number(process.argv[3]), process.argv[4] ?? '');
else await main();
