// npm run soak [-- --minutes 10]: the built bot (node dist/main.js) against the loopback Discord stand-in for N minutes
// at 20 /ask a second from 500 members in 50 servers, a report reload every minute and a gateway drop every two.
// Prints p50/p99 latency, errors, lost interactions and the bot's RSS; exits 1 on any error, any lost interaction,
// or RSS growing by more than 10% (first sample after one minute of load, or a tenth of a shorter run, to the end).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../tests/discord/standIn/FakeDiscord.ts';
import { interact } from '../tests/discord/standIn/interactions.ts';
import { opt } from '../tests/discord/standIn/options.ts';
import { interactionBase } from '../tests/discord/standIn/payloads.ts';
import { spawnMain } from '../tests/discord/standIn/spawnMain.ts';
import { SpecValidator } from '../tests/discord/standIn/specValidator.ts';

const arg = (name: string, fallback: number) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const MINUTES = arg('minutes', 10);
const RATE = arg('rate', 20);
const MEMBERS = 500;
const GUILDS = 50;
const QUESTIONS = [
	'How many drones were shot down?',
	'Who said the truce was violated?',
	'Where was the hospital hit?',
	'What is the capital of Peru?',
];
const APOLOGY = 'Sorry, something went wrong';

const work = mkdtempSync(join(tmpdir(), 'factdesk-soak-'));
const reports = join(work, 'reports');
mkdirSync(reports);
const report = join(reports, 'energy-truce-strikes.txt');
copyFileSync('tests/fixtures/discord-reports/energy-truce-strikes.txt', report);
const discord = await FakeDiscord.start(new SpecValidator());
const port = 20_000 + Math.floor(Math.random() * 20_000);
const bot = spawnMain(discord, {
	REPORTS_DIR: reports,
	DATABASE_PATH: join(work, 'factdesk.sqlite'),
	CACHE_DIR: join(work, 'cache'),
	HTTP_PORT: String(port),
	LOG_LEVEL: 'warn',
});
const rssMb = () => {
	const status = readFileSync(`/proc/${bot.child.pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};
const metrics = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
const sample = (text: string, name: string) =>
	text
		.split('\n')
		.filter((l) => l.startsWith(name))
		.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);

async function until(ok: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000): Promise<void> {
	const end = Date.now() + timeoutMs;
	while (
		!(await Promise.resolve()
			.then(ok)
			.catch(() => false))
	) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** One /ask from member `n` (in server n % GUILDS); resolves with its latency, or a problem. */
async function ask(n: number): Promise<{ ms?: number; problem?: string }> {
	const base = interactionBase(2, { id: '700000000000000001', name: 'ask', type: 1, options: [] }, {}) as Record<
		string,
		unknown
	> & { member: { user: Record<string, unknown> } };
	const guildId = String(100_000_000_000_000_000n + BigInt(n % GUILDS));
	const userId = String(300_000_000_000_000_000n + BigInt(n % MEMBERS));
	const payload = {
		...base,
		data: { ...(base.data as object), options: [opt.string('question', QUESTIONS[n % QUESTIONS.length] ?? '')] },
		guild_id: guildId,
		guild: { id: guildId, locale: 'en-US', features: [] },
		member: { ...base.member, user: { ...base.member.user, id: userId, username: `member${n % MEMBERS}` } },
		authorizing_integration_owners: { '0': guildId },
	};
	const started = performance.now();
	try {
		const { body } = await interact(discord, payload as never).answer();
		const text = JSON.stringify(body);
		if (text.includes(APOLOGY)) return { problem: 'apology' };
		return { ms: performance.now() - started };
	} catch (error) {
		return { problem: `lost: ${(error as Error).message}` };
	}
}

let exitCode = 0;
try {
	await until(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200, 'the bot to be healthy');
	const durationMs = MINUTES * 60_000;
	const warmupMs = Math.min(60_000, durationMs / 10);
	const started = Date.now();
	const latencies: number[] = [];
	const problems: string[] = [];
	const inFlight = new Set<Promise<void>>();
	let rssStart: number | undefined;
	let sent = 0;
	let nextReload = 60_000;
	let nextDrop = 120_000;
	let drops = 0;
	let touches = 0;
	while (Date.now() - started < durationMs) {
		const elapsed = Date.now() - started;
		if (rssStart === undefined && elapsed >= warmupMs) rssStart = rssMb();
		if (elapsed >= nextReload) {
			nextReload += 60_000;
			touches++;
			const now = new Date();
			utimesSync(report, now, now);
		}
		if (elapsed >= nextDrop) {
			nextDrop += 120_000;
			drops++;
			const resumed = discord.resumes.length + discord.identifies.length;
			discord.dropConnections(4000);
			// Discord would replay the events of the gap on RESUME; the stand-in does not, so the load waits for it.
			await until(() => discord.resumes.length + discord.identifies.length > resumed, 'the gateway to come back');
		}
		const due = Math.floor(((Date.now() - started) / 1000) * RATE);
		while (sent < due) {
			const exchange = ask(sent++).then(({ ms, problem }) => {
				if (ms !== undefined) latencies.push(ms);
				if (problem) problems.push(problem);
			});
			inFlight.add(exchange);
			void exchange.finally(() => inFlight.delete(exchange));
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	await Promise.all(inFlight);
	const rssEnd = rssMb();
	const text = await metrics();
	latencies.sort((a, b) => a - b);
	const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
	const errors = sample(text, 'factdesk_interactions_total{command="ask",outcome="error"}');
	const reloads = sample(text, 'factdesk_report_reloads_total{result="ok"}');
	const growth = rssStart ? (rssEnd - rssStart) / rssStart : 0;
	const result = {
		minutes: MINUTES,
		interactions: sent,
		answered: latencies.length,
		p50Ms: Number(pct(0.5).toFixed(1)),
		p99Ms: Number(pct(0.99).toFixed(1)),
		problems: problems.length,
		errorsInMetrics: errors,
		violations: discord.violations.length,
		reloads,
		reportTouches: touches,
		gatewayDrops: drops,
		rssStartMb: Number(rssStart?.toFixed(1)),
		rssEndMb: Number(rssEnd.toFixed(1)),
		rssGrowth: `${(growth * 100).toFixed(1)}%`,
	};
	console.log(JSON.stringify(result, null, 2));
	if (problems.length) console.error(`problems (first 5): ${problems.slice(0, 5).join('; ')}`);
	const failed = problems.length > 0 || errors > 0 || discord.violations.length > 0 || latencies.length !== sent;
	if (failed || growth > 0.1) {
		console.error(failed ? 'FAILED: errors or lost interactions' : 'FAILED: RSS grew by more than 10%');
		exitCode = 1;
	}
} catch (error) {
	console.error(`FAILED: ${(error as Error).message}\n${bot.stderr().slice(-2000)}`);
	exitCode = 1;
} finally {
	await bot.stop();
	await discord.close();
	rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
