import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { IDS } from '../standIn/ids.ts';
import { slash } from '../standIn/interactions.ts';
import { opt } from '../standIn/options.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The contract with main.ts: `npm start` with DISCORD_TOKEN and DISCORD_API_URL connects to that API. */
export function npmStartTests(validator: SpecValidator): void {
	describe('npm start', () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-start-'));
		let child: ChildProcess | undefined;
		afterAll(() => {
			child?.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		});

		test('connects to DISCORD_API_URL, registers the commands, answers /ask and stops on SIGTERM', async () => {
			const discord = await FakeDiscord.start(validator);
			try {
				const env = {
					PATH: process.env.PATH,
					DISCORD_TOKEN: 'process-token.stand-in',
					DISCORD_API_URL: discord.apiUrl,
					DATABASE_PATH: join(dir, 'factdesk.sqlite'),
					REPORTS_DIR: join(ROOT, 'tests/fixtures/discord-reports'),
					LOG_LEVEL: 'warn',
					// The first report's indexing holds the process's cold start, which a loaded CI machine took past 2 s.
					REPORT_INDEX_BUDGET_MS: '60000',
				};
				let stderr = '';
				child = spawn(process.execPath, ['dist/main.js'], {
					cwd: ROOT,
					env,
					stdio: ['ignore', 'ignore', 'pipe'],
				});
				child.stderr?.on('data', (chunk) => {
					stderr += String(chunk);
				});
				const put = await discord.waitForRequest((r) => r.method === 'PUT', 0, 15_000);
				expect(put.path).toBe(`/api/v10/applications/${IDS.application}/commands`);
				expect(put.authorization).toBe('Bot process-token.stand-in');
				const { body } = await slash(discord, 'ask', [
					opt.string('question', 'How many drones were shot down?'),
				]).answer();
				expect(body.data.embeds[0].title).toBe('72 drones');
				const exited = once(child, 'exit');
				child.kill('SIGTERM');
				const [code] = await exited;
				expect(code, stderr).toBe(0);
				expect(stderr).not.toContain('process-token.stand-in');
				expect(discord.violations).toEqual([]);
			} finally {
				await discord.close();
			}
		});
	});
}
