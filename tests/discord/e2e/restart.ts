import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { IDS } from '../standIn/ids.ts';
import { slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { startTestBot, type TestBotOptions } from '../standIn/startTestBot.ts';

/** Where a restarted bot keeps its settings: a SQLite file, or a PostgreSQL database (DATABASE_URL). */
export interface RestartBackend {
	name: string;
	/** A fresh, empty database both bots of one test open. */
	database(): Promise<Pick<TestBotOptions, 'databasePath' | 'databaseUrl'>>;
}

/**
 * Settings written through /config survive a restart: a new client on the same database. Without a backend, on a
 * SQLite file in a tmp folder.
 */
export function restartTests(validator: SpecValidator, backend?: RestartBackend): void {
	describe(`restart (${backend?.name ?? 'SQLite'})`, () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-discord-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		const database = backend?.database ?? (async () => ({ databasePath: join(dir, 'settings.sqlite') }));

		test(`settings survive a restart: a new client on the same ${backend?.name ?? 'SQLite'} database keeps channel modes and threshold`, async () => {
			const location = await database();
			const discord = await FakeDiscord.start(validator);
			try {
				const first = await startTestBot(validator, { discord, ...location });
				const channel = (id: string, mode: string) =>
					slash(
						discord,
						'config',
						[opt.subcommand('channel', [opt.channel('channel', id), opt.string('mode', mode)])],
						{ who: 'moderator' },
						{ channels: { [id]: { id, type: 0, name: 'c', permissions: '0' } } },
					).callback();
				await channel(IDS.news, 'auto');
				await channel(IDS.quiet, 'off');
				await slash(discord, 'config', [opt.subcommand('threshold', [opt.number('value', 0.8)])], {
					who: 'moderator',
				}).callback();
				await first.stop();

				const second = await startTestBot(validator, { discord, ...location });
				try {
					expect(discord.identifies).toHaveLength(2);
					const { body } = await slash(discord, 'config', [opt.subcommand('show')], { who: 'moderator' }).callback();
					expect(body.data.embeds[0].fields).toEqual([
						{ name: 'Auto-answer threshold', value: '0.8' },
						{ name: 'Channels', value: `<#${IDS.news}>: **auto**\n<#${IDS.quiet}>: **off**` },
					]);
					const note = await slash(discord, 'ask', [opt.string('question', 'How many drones?')], {
						channel: 'general',
					}).callback();
					expect(note.body.data).toMatchObject({
						flags: EPHEMERAL,
						content: `I do not answer in this channel. Ask me in <#${IDS.news}>.`,
					});
				} finally {
					await second.stop();
				}
				expect(discord.violations).toEqual([]);
			} finally {
				await discord.close();
			}
		});
	});
}
