import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startNewsSite } from '../../reports/fetch/newsSite.ts';
import { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { slash } from '../standIn/interactions.ts';
import { opt } from '../standIn/options.ts';
import { spawnMain } from '../standIn/spawnMain.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';

/** main.ts killed with SIGKILL right after it acknowledged a /reports add: the report is still there after a restart. */
export function reportsKillTests(validator: SpecValidator): void {
	describe('main.ts and /reports add', () => {
		test('a moderator’s add survives kill -9 right after the acknowledgement', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'factdesk-kill-'));
			const site = await startNewsSite();
			const discord = await FakeDiscord.start(validator);
			const env = {
				DATABASE_PATH: join(dir, 'factdesk.sqlite'),
				CACHE_DIR: join(dir, 'cache'),
				FETCH_ALLOW_PRIVATE: 'true',
			};
			try {
				const first = spawnMain(discord, env);
				try {
					await discord.waitForRequest((r) => r.method === 'PUT', 0, 20_000);
					const url = `${site.base}/article`;
					const added = await slash(discord, 'reports', [opt.subcommand('add', [opt.string('url', url)])], {
						who: 'moderator',
					}).answer();
					expect(added.body.data.content).toContain('Added **Dock workers strike at Port Halden**.');
					first.child.kill('SIGKILL');
				} finally {
					await first.stop();
				}
				const second = spawnMain(discord, { ...env, LOG_LEVEL: 'info' });
				try {
					await second.logged('factdesk is online', 1, 20_000);
					const question = 'How many vessels were diverted to Marrow Bay?';
					const from = discord.requests.length;
					const { body } = await slash(discord, 'ask', [opt.string('question', question)])
						.answer()
						.catch((error: Error) => {
							// A reply sent some other way (an apology after the deferral): what it said and what the bot logged.
							const sent = discord.requests.slice(from).map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`);
							throw new Error(`${error.message}\n${sent.join('\n')}\n${second.stderr()}`);
						});
					expect(JSON.stringify(body.data)).toContain('6 vessels');
				} finally {
					expect(await second.stop(), second.stderr()).toBe(0);
				}
				expect(discord.violations).toEqual([]);
			} finally {
				await discord.close();
				await site.close();
				rmSync(dir, { recursive: true, force: true });
			}
		}, 180_000);
	});
}
