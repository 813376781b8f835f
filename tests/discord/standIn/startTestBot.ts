import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { composeManagedReports } from '../../../src/compose/composeManagedReports.ts';
import { createFactdesk } from '../../../src/core/createFactdesk.ts';
import type { Factdesk } from '../../../src/core/Factdesk.ts';
import { type BotDeps, type RunningBot, startBot } from '../../../src/discord/startBot.ts';
import { type AsyncFactdesk, toAsyncFactdesk } from '../../../src/engine/AsyncFactdesk.ts';
import { createLogger } from '../../../src/logger.ts';
import { loadReports } from '../../../src/reports/loadReports.ts';
import type { AsyncSettingsStore } from '../../../src/storage/AsyncSettingsStore.ts';
import { openSettingsStore } from '../../../src/storage/openSettingsStore.ts';
import { FakeDiscord } from './FakeDiscord.ts';
import type { SpecValidator } from './specValidator.ts';

const REPORTS_DIR = fileURLToPath(new URL('../../fixtures/discord-reports', import.meta.url));

/** The real core on the test reports (the energy-truce report). */
export function testFactdesk(): Factdesk {
	const { reports, errors } = loadReports(REPORTS_DIR);
	if (errors.length > 0 || reports.length === 0) throw new Error(`test reports: ${JSON.stringify(errors)}`);
	return createFactdesk(reports);
}

export interface TestBot {
	discord: FakeDiscord;
	bot: RunningBot;
	store: AsyncSettingsStore;
	/** The real core on the test reports, on this thread: what the bot's answers are compared with. */
	factdesk: Factdesk;
	/** Log lines the bot wrote (JSON, warn and above). */
	logs: string[];
	/** Stops the bot, closes the store and, unless it was given, the stand-in. */
	stop(): Promise<void>;
}

export interface TestBotOptions {
	/** Reuse a running stand-in (a restart); its lifetime is then the caller's. */
	discord?: FakeDiscord;
	/** SQLite file for the settings (default: in memory); ignored when databaseUrl is set. */
	databasePath?: string;
	/** PostgreSQL URL: the settings live there, as with DATABASE_URL. */
	databaseUrl?: string;
	guildId?: string;
	cooldownSeconds?: number;
	channelAnswersPerMinute?: number;
	/** The engine the bot asks (default: the real core on the test reports). */
	engine?: AsyncFactdesk;
	/** For `/config reload`. */
	reloadReports?: BotDeps['reloadReports'];
	/** Autocomplete limits (default: the bot's). */
	autocomplete?: BotDeps['autocomplete'];
	/** Servers' own reports (/reports), stored in this SQLite file, fetched with the address rule lifted. */
	reports?: { databasePath: string; cacheDir: string; maxReports?: number };
}

/**
 * Starts the stand-in (unless given) and the real bot logged in to it, with the store main.ts would open: a real
 * SQLite store behind the async adapter, or PostgreSQL when `databaseUrl` is given.
 */
export async function startTestBot(validator: SpecValidator, options: TestBotOptions = {}): Promise<TestBot> {
	const discord = options.discord ?? (await FakeDiscord.start(validator));
	const store = await openSettingsStore({
		databaseUrl: options.databaseUrl,
		databasePath: options.databasePath ?? ':memory:',
	}).catch(async (error: unknown) => {
		if (!options.discord) await discord.close();
		throw error;
	});
	const factdesk = testFactdesk();
	const logs: string[] = [];
	const destination = new Writable({
		write(chunk, _encoding, done) {
			logs.push(String(chunk));
			done();
		},
	});
	const engine = options.engine ?? toAsyncFactdesk(factdesk);
	const managed = options.reports
		? await composeManagedReports(
				{
					databasePath: options.reports.databasePath,
					reportsDir: REPORTS_DIR,
					cacheDir: options.reports.cacheDir,
					reportIndexBudgetMs: 60_000,
					fetchAllowPrivate: true,
					maxReportsPerServer: options.reports.maxReports ?? 50,
					engineMemoryMb: 512,
				},
				engine,
			)
		: undefined;
	const bot = await startBot({
		token: 'test-token.stand-in',
		apiUrl: discord.apiUrl,
		...(options.guildId && { guildId: options.guildId }),
		messageContent: true,
		factdesk: engine,
		...(managed && { factdeskFor: (guildId) => managed.engines.factdeskFor(guildId), reports: managed.reports }),
		...(options.reloadReports && { reloadReports: options.reloadReports }),
		...(options.autocomplete && { autocomplete: options.autocomplete }),
		store,
		logger: createLogger('warn', { destination }),
		cooldownSeconds: options.cooldownSeconds ?? 0,
		channelAnswersPerMinute: options.channelAnswersPerMinute ?? 100,
	}).catch(async (error: unknown) => {
		await managed?.close();
		await store.close();
		if (!options.discord) await discord.close();
		throw error;
	});
	return {
		discord,
		bot,
		store,
		factdesk,
		logs,
		async stop() {
			await bot.stop();
			await managed?.close();
			await store.close();
			if (!options.discord) await discord.close();
		},
	};
}
