import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import { spawnMain } from '../standIn/spawnMain.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';

interface Identify {
	token: string;
	shard?: [number, number];
}

/**
 * SHARD_COUNT: main.ts runs a ShardingManager whose shard processes (`node --import tsx src/discord/shard.ts`) each
 * identify as their shard at DISCORD_API_URL's gateway; the guild's shard answers its interactions.
 */
export function shardingTests(validator: SpecValidator): void {
	describe('sharding', () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-shards-'));
		const reportsDir = join(dir, 'reports');
		mkdirSync(reportsDir);
		copyFileSync(
			'tests/fixtures/discord-reports/energy-truce-strikes.txt',
			join(reportsDir, 'energy-truce-strikes.txt'),
		);
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		for (const shardCount of ['2', 'auto']) {
			test(`SHARD_COUNT=${shardCount}: two shard processes log in as [0, 2] and [1, 2], the guild's shard answers /ask, /config reload reloads both, SIGTERM stops both`, async () => {
				const discord = await FakeDiscord.start(validator, { shards: 2 });
				const env = {
					SHARD_COUNT: shardCount,
					DATABASE_PATH: join(dir, `settings-${shardCount}.sqlite`),
					REPORTS_DIR: reportsDir,
					LOG_LEVEL: 'info',
				};
				const bot = spawnMain(discord, env);
				try {
					await bot.logged('factdesk is online', 2);
					const shards = (discord.identifies as Identify[]).map((identify) => identify.shard);
					expect(shards.sort()).toEqual([
						[0, 2],
						[1, 2],
					]);
					expect((discord.identifies as Identify[]).every((i) => i.token === 'process-token.stand-in')).toBe(true);
					expect(
						discord.requests.filter((r) => r.method === 'PUT'),
						'shard 0 alone registers',
					).toHaveLength(1);

					// The stand-in sends the guild's INTERACTION_CREATE to its shard's connection only.
					const { body } = await slash(discord, 'ask', [
						opt.string('question', 'How many drones were shot down?'),
					]).answer();
					expect(body.data.embeds[0].title).toBe('72 drones');
					const online = bot
						.stderr()
						.split('\n')
						.filter((line) => line.includes('factdesk is online'));
					expect(online.map((line) => JSON.parse(line).shards).sort()).toEqual([[0], [1]]);

					const reload = await slash(discord, 'config', [opt.subcommand('reload', [])], { who: 'moderator' }).answer();
					expect(reload.body.data).toMatchObject({
						flags: EPHEMERAL,
						content: 'Reloaded on all 2 shards: 1 report loaded.',
					});
					const reloaded = bot
						.stderr()
						.split('\n')
						.filter((line) => line.includes('reports reloaded'))
						.map((line) => JSON.parse(line).shard);
					expect(reloaded.sort()).toEqual([0, 1]);
					const gatewayBot = discord.requests.filter((r) => r.path === '/api/v10/gateway/bot');
					expect(gatewayBot, 'auto asks the stand-in, not discord.com, for the count').toHaveLength(
						shardCount === 'auto' ? 3 : 2,
					);
				} finally {
					const code = await bot.stop();
					expect(code, bot.stderr()).toBe(0);
					await discord.close();
				}
				expect(bot.stderr()).not.toContain('process-token.stand-in');
				expect(discord.violations).toEqual([]);
			}, 90_000);
		}
	});
}
