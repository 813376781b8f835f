/**
 * Start-up with and without the cached index: builds a corpus of N reports (default 1,000) in a temporary folder,
 * then times a fresh build (writing the cache) and a start-up from the cache, in separate processes so each
 * starts cold. Usage: npx tsx bench/startupBench.ts [count]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATES = [
	join(ROOT, 'data/reports/energy-truce-strikes.txt'),
	join(ROOT, 'tests/fixtures/reports/harbour-strike.md'),
];
const NAMES = [
	['Zelensky', 'Putin', 'Trump', 'Sumy', 'Odesa', 'Jeddah', 'Finland'],
	['Lindqvist', 'Aas', 'Berg', 'Halden', 'Oslo', 'Marta', 'Henrik'],
];
const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'dra', 'sto', 'bel', 'quin', 'ra', 'tos', 'ner', 'vil'];

/** An invented name for copy `copy` and slot `slot`, e.g. "Kamirven"; the same arguments give the same name. */
function inventName(copy: number, slot: number): string {
	const pick = (n: number) => SYLLABLES[n % SYLLABLES.length] ?? 'ka';
	const name = pick(copy) + pick(Math.floor(copy / 12) + slot * 5) + pick(Math.floor(copy / 144) + slot * 7);
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Writes `count` reports into `dir`: alternately the seed report and the harbour report, each copy with its
 * names replaced by invented ones and its numbers shifted, so no two reports are alike.
 */
export function writeScaledReports(dir: string, count: number): void {
	mkdirSync(dir, { recursive: true });
	const texts = TEMPLATES.map((file) => readFileSync(file, 'utf8'));
	for (let i = 0; i < count; i++) {
		const template = i % TEMPLATES.length;
		let text = texts[template] ?? '';
		for (const [slot, name] of (NAMES[template] ?? []).entries()) text = text.replaceAll(name, inventName(i, slot));
		text = text.replace(/\b\d+\b/g, (n) => String(Number(n) + (i % 97)));
		const name = `${String(i).padStart(4, '0')}-${inventName(i, 0).toLowerCase()}${template ? '.md' : '.txt'}`;
		if (i === 0) copyFileSync(TEMPLATES[0] ?? '', join(dir, name));
		else writeFileSync(join(dir, name), text);
	}
}

/** Start-ups from the cache timed in each mode; the median is reported. */
const RUNS = 5;

/**
 * Runs one start-up in a child process and returns what it printed (JSON): `here` loads the engine on the
 * process's thread (the console chat, the CLI), `thread` opens a EngineSupervisor, whose engine runs on a worker
 * thread of its own (the bot). Timed from the call to the first answer; the process's own start is not counted.
 * RSS is the whole process's (both threads) at the first answer.
 */
function timeStartup(reportsDir: string, cacheDir: string, mode: 'here' | 'thread'): Record<string, number> {
	const url = (file: string) => JSON.stringify(pathToFileURL(join(ROOT, file)).href);
	const here = `
		const { loadCachedFactdesk } = await import(${url('src/engine/loadCachedFactdesk.ts')});
		const started = performance.now();
		const result = loadCachedFactdesk(${JSON.stringify(reportsDir)}, { cacheDir: ${JSON.stringify(cacheDir)} });
		const loadMs = performance.now() - started;
		result.factdesk.ask('How many drones were shot down?');
		const ms = performance.now() - started;
		const rss = process.memoryUsage.rss();
		const cached = result.fromCache;`;
	const thread = `
		const { EngineSupervisor } = await import(${url('src/engine/EngineSupervisor.ts')});
		const started = performance.now();
		const library = await EngineSupervisor.open(${JSON.stringify(reportsDir)}, { cacheDir: ${JSON.stringify(cacheDir)} });
		const loadMs = performance.now() - started;
		await library.factdesk.ask('How many drones were shot down?');
		const ms = performance.now() - started;
		const rss = process.memoryUsage.rss();
		const cached = (await library.reload()).fromCache;
		await library.close();`;
	const script = `${mode === 'here' ? here : thread}
		console.log(JSON.stringify({ ms, loadMs, cached: cached ? 1 : 0,
			rssMB: rss / 1e6 }));`;
	const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

function median(runs: Record<string, number>[], key: string): number {
	const sorted = runs.map((r) => r[key] ?? Number.NaN).sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function main(): void {
	const count = Number(process.argv[2] ?? 1000);
	const work = mkdtempSync(join(tmpdir(), 'factdesk-startup-'));
	try {
		const reportsDir = join(work, 'reports');
		const cacheDir = join(work, 'cache');
		writeScaledReports(reportsDir, count);
		const build = timeStartup(reportsDir, cacheDir, 'here');
		const round = (n = 0) => Math.round(n * 10) / 10;
		console.log(`start-up at ${count} reports (load + index or restore + first answer, in a fresh process)`);
		console.log(`  fresh build, this thread: ${round(build.ms)} ms, rss ${round(build.rssMB)} MB`);
		for (const mode of ['here', 'thread'] as const) {
			const runs = Array.from({ length: RUNS }, () => timeStartup(reportsDir, cacheDir, mode));
			const label = mode === 'here' ? 'from the cache, this thread  ' : 'from the cache, engine thread';
			const all = runs.map((r) => Math.round(r.ms ?? 0)).join(', ');
			console.log(
				`  ${label}: median ${round(median(runs, 'ms'))} ms of ${RUNS} (${all}), rss ${round(median(runs, 'rssMB'))} MB`,
			);
			if (runs.some((r) => !r.cached)) console.log('  warning: a start-up did not come from the cache');
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
