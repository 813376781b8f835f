import { describe, expect, test } from 'vitest';
import { syncCommands } from '../../../src/discord/syncCommands.ts';
import { FakeDiscord } from '../standIn/FakeDiscord.ts';
import { IDS } from '../standIn/ids.ts';
import type { SpecValidator } from '../standIn/specValidator.ts';
import { startTestBot } from '../standIn/startTestBot.ts';
import { useTestBot } from '../standIn/useTestBot.ts';

/** Command registration: one bulk overwrite, global or in one server, and npm run commands:sync. */
export function registrationTests(validator: SpecValidator): void {
	describe('command registration', () => {
		const bot = useTestBot(validator);

		test('registers every command globally with one bulk overwrite when no server is set', async () => {
			const { discord } = bot();
			const puts = discord.requests.filter((r) => r.method === 'PUT');
			expect(puts.map((r) => r.path)).toEqual([`/api/v10/applications/${IDS.application}/commands`]);
			const body = puts[0]?.body as {
				name: string;
				type: number;
				options?: { name: string; autocomplete?: boolean }[];
			}[];
			expect(body.map((c) => c.name).sort()).toEqual([
				'Ask factdesk',
				'ask',
				'config',
				'facts',
				'help',
				'reports',
				'source',
				'summary',
			]);
			const ask = body.find((c) => c.name === 'ask');
			expect(ask?.options?.[0]).toMatchObject({ name: 'question', autocomplete: true, required: true });
			expect(body.find((c) => c.name === 'Ask factdesk')?.type).toBe(3);
		});

		test('identifies with the Guilds, Guild Messages and Message Content intents when message content is on', () => {
			const [identify] = bot().discord.identifies as { intents: number; token: string }[];
			expect(identify?.token).toBe('test-token.stand-in');
			expect(identify?.intents).toBe(1 + 512 + 32768);
		});

		test('registers /config for Manage Server only and for servers only', () => {
			const put = bot().discord.requests.find((r) => r.method === 'PUT');
			const config = ((put?.body ?? []) as Record<string, unknown>[]).find((c) => c.name === 'config');
			expect(config).toMatchObject({ default_member_permissions: '32', contexts: [0], dm_permission: false });
			const subcommands = ((config?.options ?? []) as { name: string }[]).map((o) => o.name);
			expect(subcommands).toEqual(['channel', 'threshold', 'show', 'reset', 'unanswered', 'feedback', 'reload']);
		});

		test('registers every command, subcommand and option with names and descriptions in de, fr, es-ES, pl and uk', () => {
			const { discord } = bot();
			const put = discord.requests.find((r) => r.method === 'PUT');
			type Item = {
				name: string;
				type?: number;
				name_localizations?: Record<string, string>;
				description_localizations?: Record<string, string>;
				options?: Item[];
			};
			const locales = ['de', 'es-ES', 'fr', 'pl', 'uk'];
			let checked = 0;
			const walk = (item: Item, path: string, hasDescription: boolean) => {
				expect(Object.keys(item.name_localizations ?? {}).sort(), `${path} names`).toEqual(locales);
				if (hasDescription)
					expect(Object.keys(item.description_localizations ?? {}).sort(), `${path} descriptions`).toEqual(locales);
				checked++;
				for (const option of item.options ?? []) walk(option, `${path}.${option.name}`, true);
			};
			const registered = (put?.body ?? []) as Item[];
			for (const command of registered) walk(command, command.name, (command.type ?? 1) === 1);
			expect(checked).toBeGreaterThan(25);
			const ask = registered.find((c) => c.name === 'ask');
			expect(ask?.name_localizations).toMatchObject({ de: 'fragen', uk: 'запитати' });
			expect(discord.violations, 'every localised name matches Discord’s pattern').toEqual([]);
		});
	});

	describe('command registration in one server', () => {
		test('registers in the DISCORD_GUILD_ID server only when it is set', async () => {
			const t = await startTestBot(validator, { guildId: IDS.guild });
			try {
				const puts = t.discord.requests.filter((r) => r.method === 'PUT').map((r) => r.path);
				expect(puts).toEqual([`/api/v10/applications/${IDS.application}/guilds/${IDS.guild}/commands`]);
				expect(t.discord.violations).toEqual([]);
			} finally {
				await t.stop();
			}
		});

		test('startBot rejects with TokenInvalid and leaves no connection when Discord refuses the token', async () => {
			const discord = await FakeDiscord.start(validator);
			discord.fault = (r) =>
				r.path.endsWith('/gateway/bot') ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined;
			try {
				await expect(startTestBot(validator, { discord })).rejects.toMatchObject({ code: 'TokenInvalid' });
				expect(discord.identifies).toHaveLength(0);
			} finally {
				await discord.close();
			}
		});

		test('npm run commands:sync overwrites the commands without logging in to the gateway', async () => {
			const discord = await FakeDiscord.start(validator);
			try {
				const count = await syncCommands({ token: 'sync-token', apiUrl: discord.apiUrl });
				expect(count).toBe(8);
				expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
					'GET /api/v10/applications/@me',
					`PUT /api/v10/applications/${IDS.application}/commands`,
				]);
				expect(discord.requests[1]?.authorization).toBe('Bot sync-token');
				expect(discord.identifies).toHaveLength(0);
				expect(discord.violations).toEqual([]);
			} finally {
				await discord.close();
			}
		});
	});
}
