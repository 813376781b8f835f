import { describe, expect, test } from 'vitest';
import { openSettingsStore } from '../../../src/storage/openSettingsStore.ts';
import { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { IDS } from '../standIn/ids.ts';
import { slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import { spawnMain } from '../standIn/spawnMain.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import type { RestartBackend } from './restart.ts';

/**
 * The composition root on a settings database: `node dist/main.js` with the backend's variables (DATABASE_URL or
 * DATABASE_PATH), a moderator's /config channel, SIGTERM, a second process on the same database, /config show.
 */
export function mainRestartTests(validator: SpecValidator, backend: RestartBackend): void {
	describe(`main.ts restart (${backend.name})`, () => {
		test(`a channel mode set through /config is still there after main.ts restarts on the same ${backend.name} database`, async () => {
			const { databaseUrl, databasePath } = await backend.database();
			const env = {
				...(databaseUrl && { DATABASE_URL: databaseUrl }),
				...(databasePath && { DATABASE_PATH: databasePath }),
			};
			const discord = await FakeDiscord.start(validator);
			try {
				const first = spawnMain(discord, env);
				try {
					await discord.waitForRequest((r) => r.method === 'PUT', 0, 20_000);
					const set = await slash(
						discord,
						'config',
						[opt.subcommand('channel', [opt.channel('channel', IDS.news), opt.string('mode', 'auto')])],
						{ who: 'moderator' },
						{ channels: { [IDS.news]: { id: IDS.news, type: 0, name: 'news', permissions: '0' } } },
					).callback();
					expect(set.body.data.content).toBe(`<#${IDS.news}> is now set to **auto**.`);
				} finally {
					expect(await first.stop(), first.stderr()).toBe(0);
				}
				const from = discord.requests.length;
				const second = spawnMain(discord, { ...env, LOG_LEVEL: 'info' });
				try {
					await second.logged('factdesk is online', 1, 20_000);
					expect(second.stderr()).toContain('commands unchanged since the last registration');
					expect(
						discord.requests.slice(from).filter((r) => r.method === 'PUT'),
						'unchanged commands are not registered again',
					).toEqual([]);
					const { body } = await slash(discord, 'config', [opt.subcommand('show')], { who: 'moderator' }).callback();
					expect(body.data.flags).toBe(EPHEMERAL);
					expect(body.data.embeds[0].fields[1]).toEqual({ name: 'Channels', value: `<#${IDS.news}>: **auto**` });
				} finally {
					expect(await second.stop(), second.stderr()).toBe(0);
				}
				expect(discord.identifies).toHaveLength(2);
				const store = await openSettingsStore({ databaseUrl, databasePath: databasePath ?? '' });
				try {
					expect((await store.get(IDS.guild)).channels, 'the setting is in the database named').toEqual({
						[IDS.news]: 'auto',
					});
				} finally {
					await store.close();
				}
				expect(discord.violations).toEqual([]);
			} finally {
				await discord.close();
			}
		}, 180_000);
	});
}
