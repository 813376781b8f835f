/**
 * The bot's start-up as a member sees it: `node --import tsx src/main.ts` is spawned logged in to the loopback
 * Discord stand-in on N reports (default 1,000), and the time is taken from the spawn until the first /ask is
 * answered (the edit of the deferred reply), the /ask being sent as soon as the commands are registered. Run
 * twice: the first start-up builds the index and writes the cache, the second restores it from the cache.
 * Usage: npx tsx bench/botStartupBench.ts [count] [project root, default this one]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeDiscord } from '../tests/discord/standIn/FakeDiscord.ts';
import { slash } from '../tests/discord/standIn/interactions.ts';
import { opt } from '../tests/discord/standIn/options.ts';
import { spawnMain } from '../tests/discord/standIn/spawnMain.ts';
import { SpecValidator } from '../tests/discord/standIn/specValidator.ts';
import { writeScaledReports } from './startupBench.ts';

const TIMEOUT_MS = 60_000;

async function timeStartup(discord: FakeDiscord, env: Record<string, string>, root: string) {
	const from = discord.requests.length;
	const started = performance.now();
	const main = spawnMain(discord, env, root);
	try {
		await discord.waitForRequest((r) => r.method === 'PUT' && r.path.endsWith('/commands'), from, TIMEOUT_MS);
		const registeredMs = performance.now() - started;
		const answer = await slash(discord, 'ask', [opt.string('question', 'How many drones were shot down?')]).answer();
		const answeredMs = performance.now() - started;
		const title = answer.body?.data?.embeds?.[0]?.title ?? answer.body?.data?.content;
		return { registeredMs: Math.round(registeredMs), answeredMs: Math.round(answeredMs), answer: String(title) };
	} finally {
		await main.stop();
	}
}

async function main(): Promise<void> {
	const count = Number(process.argv[2] ?? 1000);
	const root = resolve(process.argv[3] ?? fileURLToPath(new URL('..', import.meta.url)));
	const work = mkdtempSync(join(tmpdir(), 'factdesk-bot-startup-'));
	const discord = await FakeDiscord.start(new SpecValidator());
	try {
		const reportsDir = join(work, 'reports');
		writeScaledReports(reportsDir, count);
		const env = { REPORTS_DIR: reportsDir, DATABASE_PATH: join(work, 'settings.db') };
		const build = await timeStartup(discord, env, root);
		const cached = await timeStartup(discord, env, root);
		console.log(`bot start-up at ${count} reports (${root}): spawn → commands registered → first /ask answered`);
		for (const [label, r] of [
			['fresh build', build],
			['from cache ', cached],
		] as const)
			console.log(`  ${label}: registered ${r.registeredMs} ms, answered ${r.answeredMs} ms (${r.answer})`);
	} finally {
		await discord.close();
		rmSync(work, { recursive: true, force: true });
	}
}

await main();
