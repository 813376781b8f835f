/**
 * SHARD_LIST end to end: two main.ts instances, as on two machines, split the shards of one two-shard stand-in
 * (SHARD_COUNT=2; SHARD_LIST=0 and SHARD_LIST=1) and share one settings database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FakeDiscord } from './standIn/FakeDiscord.ts';
import { IDS } from './standIn/ids.ts';
import { slash } from './standIn/interactions.ts';
import { opt } from './standIn/options.ts';
import { type SpawnedMain, spawnMain } from './standIn/spawnMain.ts';
import { SpecValidator } from './standIn/specValidator.ts';

interface Identify {
	shard?: [number, number];
}

/** The JSON log lines of `bot` whose message is `msg`. */
const logs = (bot: SpawnedMain, msg: string): Record<string, unknown>[] =>
	bot
		.stderr()
		.split('\n')
		.filter((line) => line.includes(`"msg":"${msg}"`))
		.map((line) => JSON.parse(line) as Record<string, unknown>);

async function waitOnline(bots: SpawnedMain[], timeoutMs: number): Promise<void> {
	await Promise.all(bots.map((bot) => bot.logged('"msg":"factdesk is online"', 1, timeoutMs)));
}

const ask = async (discord: FakeDiscord) => {
	const { body } = await slash(discord, 'ask', [opt.string('question', 'How many drones were shot down?')]).answer();
	return body.data.embeds[0].title as string;
};

describe('Discord bot with its shards split across two instances through the stand-in', () => {
	const dir = mkdtempSync(join(tmpdir(), 'factdesk-shard-list-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('SHARD_COUNT=2 with SHARD_LIST=0 and SHARD_LIST=1: each instance logs in as its own shard only, shard 0 alone registers, the guild shard answers /ask, SIGTERM stops both with exit 0', async () => {
		const discord = await FakeDiscord.start(new SpecValidator(), { shards: 2 });
		const shared = {
			SHARD_COUNT: '2',
			DATABASE_PATH: join(dir, 'shared.sqlite'),
			LOG_LEVEL: 'info',
			ASK_COOLDOWN_SECONDS: '0',
		};
		const bots = [0, 1].map((id) => spawnMain(discord, { ...shared, SHARD_LIST: String(id) }));
		const guildShard = discord.shardOf(IDS.guild);
		const guildBot = bots[guildShard] as SpawnedMain;
		const otherBot = bots[1 - guildShard] as SpawnedMain;
		const codes = new Map<SpawnedMain, number | null>();
		try {
			await waitOnline(bots, 60_000);
			const shards = (discord.identifies as Identify[]).map((identify) => identify.shard);
			expect(shards.sort()).toEqual([
				[0, 2],
				[1, 2],
			]);
			for (const [id, bot] of bots.entries()) {
				expect(logs(bot, 'shard process started').map((line) => line.shard)).toEqual([id]);
				expect(logs(bot, 'factdesk is online').map((line) => line.shards)).toEqual([[id]]);
				expect(logs(bot, 'commands registered'), `instance ${id}`).toHaveLength(id === 0 ? 1 : 0);
			}
			expect(discord.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);

			// The stand-in sends the guild's INTERACTION_CREATE to the connection of its shard only.
			expect(await ask(discord)).toBe('72 drones');
			// With the other instance stopped, the guild's shard still answers on its own.
			codes.set(otherBot, await otherBot.stop());
			expect(codes.get(otherBot), otherBot.stderr()).toBe(0);
			expect(await ask(discord)).toBe('72 drones');
		} finally {
			for (const bot of bots) if (!codes.has(bot)) codes.set(bot, await bot.stop());
			await discord.close();
		}
		expect(codes.get(guildBot), guildBot.stderr()).toBe(0);
		expect(codes.get(otherBot), otherBot.stderr()).toBe(0);
		for (const bot of bots) expect(bot.stderr()).not.toContain('process-token.stand-in');
		expect(discord.violations).toEqual([]);
	}, 120_000);
});
