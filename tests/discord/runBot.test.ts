import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { FakeDiscord } from './standIn/FakeDiscord.ts';
import { slash } from './standIn/interactions.ts';
import { opt } from './standIn/options.ts';
import { spawnMain } from './standIn/spawnMain.ts';
import { SpecValidator } from './standIn/specValidator.ts';

const validator = new SpecValidator();
const dir = mkdtempSync(join(tmpdir(), 'factdesk-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A port nobody listens on now (the kernel's pick, released). */
async function freePort(): Promise<number> {
	const server = createServer().listen(0, '127.0.0.1');
	await new Promise((done) => server.once('listening', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

async function get(port: number, path: string): Promise<{ status: number; text: string }> {
	const response = await fetch(`http://127.0.0.1:${port}${path}`);
	return { status: response.status, text: await response.text() };
}

/** The value of one sample line of /metrics, e.g. `factdesk_interactions_total{command="ask",outcome="answered"}`. */
function sample(metrics: string, name: string): number | undefined {
	const line = metrics.split('\n').find((l) => l.startsWith(`${name} `));
	return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('node dist/main.js as a service', () => {
	test('/healthz follows the gateway and the database, /metrics counts the interaction, one log line for it', async () => {
		const discord = await FakeDiscord.start(validator);
		const port = await freePort();
		const databasePath = join(dir, 'factdesk.sqlite');
		const bot = spawnMain(discord, { HTTP_PORT: String(port), DATABASE_PATH: databasePath, LOG_LEVEL: 'info' });
		try {
			// Polled as a whole: on a loaded machine one engine check may miss its 2 s while the first report is indexed,
			// and start-up took over 20 s once while other jobs shared the 2 cores.
			await expect
				.poll(
					() =>
						get(port, '/healthz').then(
							(r) => (r.status === 200 ? JSON.parse(r.text) : r.status),
							() => 0,
						),
					{ timeout: 60_000 },
				)
				.toEqual({
					status: 'ok',
					checks: { gateway: 'ok', engine: 'ok', database: 'ok' },
				});

			const { body } = await slash(discord, 'ask', [
				opt.string('question', 'How many drones were shot down?'),
			]).answer();
			expect(body.data.embeds[0].title).toBe('72 drones');
			await expect
				.poll(async () =>
					sample((await get(port, '/metrics')).text, 'factdesk_interactions_total{command="ask",outcome="answered"}'),
				)
				.toBe(1);
			const metrics = (await get(port, '/metrics')).text;
			expect(sample(metrics, 'factdesk_answer_latency_seconds_count{command="ask"}')).toBe(1);
			expect(sample(metrics, 'factdesk_reports_loaded')).toBeGreaterThan(0);
			expect(sample(metrics, 'factdesk_engine_queue_length')).toBe(0);
			expect(sample(metrics, 'process_resident_memory_bytes')).toBeGreaterThan(0);
			const line = bot
				.stderr()
				.split('\n')
				.filter((l) => l.includes('"msg":"interaction"'))
				.map((l) => JSON.parse(l));
			expect(line).toHaveLength(1);
			expect(line[0]).toMatchObject({ level: 30, command: 'ask', outcome: 'answered', guild: expect.any(String) });
			expect(line[0].confidence).toBeGreaterThan(0);
			expect(line[0].latencyMs).toBeGreaterThanOrEqual(0);
			expect(bot.stderr()).not.toContain('How many drones');
			expect(bot.stderr()).not.toContain('process-token.stand-in');

			discord.stopGateway();
			await expect.poll(() => get(port, '/healthz').then((r) => r.status), { timeout: 10_000 }).toBe(503);
			expect(JSON.parse((await get(port, '/healthz')).text)).toMatchObject({
				status: 'unhealthy: gateway',
				checks: { gateway: 'failing', engine: 'ok', database: 'ok' },
			});
			discord.startGateway();
			await expect.poll(() => get(port, '/healthz').then((r) => r.status), { timeout: 20_000 }).toBe(200);
			expect(sample((await get(port, '/metrics')).text, 'factdesk_gateway_reconnects_total')).toBeGreaterThan(0);

			const db = new Database(databasePath);
			db.exec('DROP TABLE settings_version');
			db.close();
			const broken = await get(port, '/healthz');
			expect(broken.status).toBe(503);
			expect(JSON.parse(broken.text).status).toBe('unhealthy: database');
			expect(JSON.parse(broken.text).checks.database).toMatch(/settings_version/);
			expect(sample((await get(port, '/metrics')).text, 'factdesk_database_errors_total')).toBeGreaterThan(0);
			expect((await get(port, '/nothing')).status).toBe(404);
		} finally {
			const code = await bot.stop();
			// The logs and the signal name what went wrong where the exit code alone cannot.
			expect({ code, signal: bot.child.signalCode }, bot.stderr().slice(-6000)).toEqual({ code: 0, signal: null });
			await discord.close();
		}
		expect(discord.violations).toEqual([]);
	}, 180_000);
});
