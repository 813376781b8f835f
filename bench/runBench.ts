/**
 * `npm run bench`: factdesk against Fuse.js and MiniSearch over 1, 100, 1,000 and 10,000 reports (Fuse.js not at
 * 10,000: seconds a question). Each (size, system) runs in its own child process with --expose-gc, so memory figures
 * are not mixed up; at 1,000 and 10,000 reports the factdesk child also reloads (a second engine built and the index
 * cache written while the first is held), and fresh children start from that cache. Prints markdown tables and
 * writes bench/results.json. BENCH_SIZES=1,100 limits the sizes (results.json is then not written).
 */
import { fork } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchSystem, fuseSystem, miniSearchSystem, reportSentences } from './anchors.ts';
import { cacheTable, fixed, table, targets } from './benchReport.ts';
import { buildCorpus } from './buildCorpora.ts';
import { measureReload, measureStartup, type ReloadFigures, type StartupFigures } from './cacheFigures.ts';
import { factdeskSystem } from './factdeskSystem.ts';
import { type Measurement, measureSystem } from './measure.ts';
import { loadRankerModel } from './shipped.ts';

const SIZES = [1, 100, 1000, 10_000];
/** The systems in table order. */
const SYSTEMS: readonly BenchSystem[] = [factdeskSystem, fuseSystem, miniSearchSystem];
const QUESTIONS = 1000;
/**
 * Fuse.js runs Bitap over every sentence per question (≈0.4 s a question at 100 reports, ≈4 s at 1,000): beyond one
 * report it is measured on the first questions only, and not at all at 10,000, so the bench ends in minutes.
 * MiniSearch's fuzzy, prefix search takes about a second a question at 10,000 reports.
 */
const QUESTION_LIMITS: Record<string, Record<number, number>> = {
	'Fuse.js': { 100: 100, 1000: 25, 10000: 0 },
	MiniSearch: { 10000: 50 },
};
/** Sizes at which the index cache is measured: reload with both engines held, start-up from the cache file. */
const CACHE_SIZES = new Set([1000, 10_000]);
/** Start-ups from the cache per size (the median is reported). */
const STARTUPS = 3;

export interface Row extends Measurement {
	distinctQuestions: number;
	reload?: ReloadFigures;
	startup?: StartupFigures & { runs: number[] };
	/** One-minute load average of the machine when the child started and ended (other work on the same cores). */
	loadAverage: [number, number];
	note?: string;
}

function questionLimit(system: string, size: number): number {
	return Math.min(QUESTIONS, QUESTION_LIMITS[system]?.[size] ?? QUESTIONS);
}

function runChild<T>(args: string[]): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = fork(fileURLToPath(import.meta.url), args, { execArgv: [...process.execArgv, '--expose-gc'] });
		let row: T | undefined;
		child.on('message', (m) => {
			row = m as T;
		});
		child.on('error', reject);
		child.on('exit', (code) => (row ? resolve(row) : reject(new Error(`${args.join(' ')} exited with ${code}`))));
	});
}

function cacheFile(size: number): string {
	return join(os.tmpdir(), `factdesk-bench-${process.pid}-${size}.bin`);
}

function child(size: number, name: string, file: string): void {
	const system = SYSTEMS.find((s) => s.name === name);
	if (!system) throw new Error(`unknown system ${name}`);
	const loadBefore = os.loadavg()[0] ?? 0;
	const corpus = buildCorpus(size, QUESTIONS);
	const limit = questionLimit(name, size);
	const sentences = reportSentences(corpus.reports).length;
	const { ask, ...m } = measureSystem(system, corpus.reports, corpus.questions.slice(0, limit), sentences);
	const note = limit < QUESTIONS ? `first ${limit} of the ${QUESTIONS} questions` : undefined;
	const model = loadRankerModel().model;
	// The first engine stays held (ask is used after) while the second is built, as during a hot swap.
	const reload =
		name === 'factdesk' && CACHE_SIZES.has(size) && model ? measureReload(corpus.reports, file, model) : undefined;
	ask('How many drones were shot down?');
	const loadAverage: [number, number] = [loadBefore, os.loadavg()[0] ?? 0];
	const row: Row = { ...m, distinctQuestions: corpus.distinctQuestions, loadAverage, note, ...(reload && { reload }) };
	process.send?.(row, () => process.exit(0));
}

async function main(): Promise<void> {
	const sizes = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : SIZES;
	const rows: Row[] = [];
	for (const size of sizes)
		for (const system of SYSTEMS) {
			if (questionLimit(system.name, size) === 0) continue;
			process.stderr.write(`bench: ${system.name} over ${size} report(s)…\n`);
			const row = await runChild<Row>(['--child', String(size), system.name, cacheFile(size)]);
			if (row.reload) row.startup = await startups(size);
			rows.push(row);
			process.stderr.write(`${table([row]).split('\n').at(-1)}\n`);
		}
	const cpu = os.cpus()[0]?.model ?? 'unknown';
	const machine = { cpu, cores: os.cpus().length, node: process.version, os: `${os.type()} ${os.release()}` };
	console.log(table(rows));
	console.log(['', cacheTable(rows)].join('\n'));
	const notes = [...new Set(rows.flatMap((r) => (r.note ? [`* ${r.system} at ${r.reports} reports: ${r.note}`] : [])))];
	console.log(['', ...notes, '', ...targets(rows)].join('\n'));
	const loads = rows.flatMap((r) => r.loadAverage);
	console.log(`\nMachine: ${cpu}, ${machine.cores} cores, Node ${process.version}`);
	console.log(`Load average (1 min) during the run: ${fixed(Math.min(...loads), 1)}–${fixed(Math.max(...loads), 1)}`);
	if (process.env.BENCH_SIZES) return;
	const results = { date: new Date().toISOString(), machine, questionsPerSize: QUESTIONS, rows };
	writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
}

/** STARTUPS fresh processes started from the cache file written at `size`: the median, and every run's time. */
async function startups(size: number): Promise<StartupFigures & { runs: number[] }> {
	process.stderr.write(`bench: factdesk from the cache of ${size} report(s)…\n`);
	const runs: StartupFigures[] = [];
	for (let i = 0; i < STARTUPS; i++) runs.push(await runChild<StartupFigures>(['--startup', cacheFile(size)]));
	rmSync(cacheFile(size), { force: true });
	const sorted = [...runs].sort((a, b) => a.startupMs - b.startupMs);
	return { ...(sorted[Math.floor(sorted.length / 2)] as StartupFigures), runs: runs.map((r) => r.startupMs) };
}

if (process.argv[2] === '--child') child(Number(process.argv[3]), process.argv[4] ?? '', process.argv[5] ?? '');
else if (process.argv[2] === '--startup') {
	const figures = measureStartup(process.argv[3] ?? '');
	process.send?.(figures, () => process.exit(0));
} else await main();
