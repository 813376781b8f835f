import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { commands } from '../../src/discord/commands/index.ts';
import { syncCommands } from '../../src/discord/syncCommands.ts';
import { asyncSqliteStore } from '../../src/storage/asyncSqliteStore.ts';
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';
import { FakeDiscord } from './standIn/FakeDiscord.ts';
import { SpecValidator } from './standIn/specValidator.ts';

const validator = new SpecValidator();
const dir = mkdtempSync(join(tmpdir(), 'factdesk-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const puts = (discord: FakeDiscord) => discord.requests.filter((r) => r.method === 'PUT').length;

describe('command registration only when changed', () => {
	test('registers once, skips while the definitions are unchanged, registers again when forced or per scope', async () => {
		const discord = await FakeDiscord.start(validator);
		const store = asyncSqliteStore(new SqliteSettingsStore(join(dir, 'a.sqlite')));
		try {
			const sync = (extra: { force?: boolean; guildId?: string } = {}) =>
				syncCommands({ token: 'sync-token', apiUrl: discord.apiUrl, store, ...extra });
			expect(await sync()).toBe(commands.length);
			expect(await sync()).toBeUndefined();
			expect(puts(discord)).toBe(1);
			expect(await sync({ force: true })).toBe(commands.length);
			expect(puts(discord)).toBe(2);
			expect(await sync({ guildId: '123456789012345678' }), 'another scope has its own hash').toBe(commands.length);
			expect(puts(discord)).toBe(3);
			expect(await sync()).toBeUndefined();
			expect(discord.violations).toEqual([]);
		} finally {
			await store.close();
			await discord.close();
		}
	});

	test('npm run commands:sync skips unchanged commands; -- --force registers them (the built script, a real process)', async () => {
		const discord = await FakeDiscord.start(validator);
		const env = {
			PATH: process.env.PATH,
			DISCORD_TOKEN: 'sync-token.stand-in',
			DISCORD_API_URL: discord.apiUrl,
			DATABASE_PATH: join(dir, 'b.sqlite'),
		};
		const run = async (...args: string[]) => {
			const child = spawn(process.execPath, ['dist/discord/syncCommands.js', ...args], { env, stdio: 'pipe' });
			let out = '';
			child.stdout.on('data', (chunk: Buffer) => {
				out += chunk.toString();
			});
			const [code] = await once(child, 'exit');
			return { code, out };
		};
		try {
			expect((await run()).code).toBe(0);
			const second = await run();
			expect(second.out).toContain('commands unchanged');
			expect(puts(discord)).toBe(1);
			expect((await run('--force')).code).toBe(0);
			expect(puts(discord)).toBe(2);
		} finally {
			await discord.close();
		}
	});
});
