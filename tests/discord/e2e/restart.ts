import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { IDS } from '../standIn/ids.ts';
import { slash } from '../standIn/interactions.ts';
import { EPHEMERAL, opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { startTestBot } from '../standIn/startTestBot.ts';

/** Settings written through /config survive a restart: a new client on the same SQLite file. */
export function restartTests(validator: SpecValidator): void {
	describe('restart', () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-discord-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		test('settings survive a restart: a new client on the same SQLite file keeps channel modes and threshold', async () => {
			const databasePath = join(dir, 'settings.sqlite');
			const discord = await FakeDiscord.start(validator);
			try {
				const first = await startTestBot(validator, { discord, databasePath });
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

				const second = await startTestBot(validator, { discord, databasePath });
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
