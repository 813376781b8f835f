import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { configText } from './configText.ts';
import { parseShardList } from './shardList.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
	discordToken?: string;
	/** REST base URL without a version suffix, e.g. https://discord.com/api */
	discordApiUrl: string;
	discordGuildId?: string;
	discordMessageContent: boolean;
	databasePath: string;
	/** PostgreSQL URL; when set, settings and logs live there instead of the SQLite file at databasePath. */
	databaseUrl?: string;
	/** Gateway shards: 1 runs the bot in this process; more, or 'auto' (Discord's recommendation), runs a ShardingManager. */
	shardCount: number | 'auto';
	/**
	 * The shards this instance runs, when shards are split across machines (SHARD_LIST, sorted, each below
	 * shardCount, which is then a number); unset runs every shard.
	 */
	shardList?: number[];
	/** In a shard process: the shard ids discord.js's ShardingManager gave it (SHARDS, set by the manager). */
	processShards?: number[];
	reportsDir: string;
	logLevel: LogLevel;
	askCooldownSeconds: number;
	channelAnswersPerMinute: number;
	/** How long one report may take to index before it is skipped and named (REPORT_INDEX_BUDGET_MS). */
	reportIndexBudgetMs: number;
	/** Where the index cache is kept (CACHE_DIR); data only, created with mode 0700. */
	cacheDir: string;
	/** Port of /healthz and /metrics (HTTP_PORT; unset: no server). Shard N of a ShardingManager serves port + N. */
	httpPort?: number;
	/** Address they are served on (HTTP_HOST, default 127.0.0.1: this machine only). */
	httpHost: string;
	/** Log each question's text with its interaction (LOG_QUESTIONS, default false). */
	logQuestions: boolean;
	/** Most reports a server may add of its own (MAX_REPORTS_PER_SERVER, default 50). */
	maxReportsPerServer: number;
	/** Memory the servers' engines may take before the least recently used are dropped (ENGINE_MEMORY_MB, default 512). */
	engineMemoryMb: number;
	/** Let /reports add fetch loopback and private addresses (FETCH_ALLOW_PRIVATE; tests only, refused in production). */
	fetchAllowPrivate: boolean;
}

/** A configuration value is missing or wrong; the message names each key and never contains a value. */
export class ConfigError extends Error {
	override readonly name = 'ConfigError';
}

export type Environment = Record<string, string | undefined>;

const text = z.string().trim();
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
	z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? value : fallback), schema);
const booleanFlag = (key: string) =>
	text
		.toLowerCase()
		.refine((v) => ['true', 'false', '1', '0'].includes(v), configText.boolean(key))
		.transform((v) => v === 'true' || v === '1');
const numberIn = (key: string, min: number, max: number, integer: boolean) => {
	const problem = (integer ? configText.integer : configText.number)(key, min, max);
	return text
		.refine((v) => /^\d+(\.\d+)?$/.test(v), problem)
		.transform(Number)
		.refine((n) => n >= min && n <= max && (!integer || Number.isInteger(n)), problem);
};
const apiUrl = text.refine((v) => {
	try {
		const url = new URL(v);
		return (url.protocol === 'http:' || url.protocol === 'https:') && !/\/v\d+\/?$/.test(url.pathname);
	} catch {
		return false;
	}
}, configText.apiUrl);

/** How long one report may take to index by default (REPORT_INDEX_BUDGET_MS; the CLI, which reads no config). */
export const DEFAULT_REPORT_INDEX_BUDGET_MS = 2000;
/** Seconds a member waits between two /ask by default (ASK_COOLDOWN_SECONDS). */
export const DEFAULT_ASK_COOLDOWN_SECONDS = 5;
/** Unasked answers a channel gets a minute in auto mode by default (CHANNEL_ANSWERS_PER_MINUTE). */
export const DEFAULT_CHANNEL_ANSWERS_PER_MINUTE = 6;

/** More shards than any bot needs on one ShardingManager; a typo like 20000 is refused rather than spawned. */
const MAX_SHARDS = 1024;

const databaseUrl = text.refine((v) => {
	try {
		const url = new URL(v);
		return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
	} catch {
		return false;
	}
}, configText.databaseUrl);

const EnvironmentFields = z.object({
	DISCORD_TOKEN: optional(text.regex(/^[^\s"'`]+$/, configText.token)),
	DISCORD_API_URL: withDefault(apiUrl, 'https://discord.com/api').transform((v) => v.replace(/\/+$/, '')),
	DISCORD_GUILD_ID: optional(text.regex(/^\d{17,20}$/, configText.guildId)),
	DISCORD_MESSAGE_CONTENT: withDefault(booleanFlag('DISCORD_MESSAGE_CONTENT'), 'false'),
	DATABASE_PATH: withDefault(text, 'data/factdesk.sqlite'),
	DATABASE_URL: optional(databaseUrl),
	SHARD_COUNT: withDefault(
		text
			.toLowerCase()
			.refine(
				(v) => v === 'auto' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SHARDS),
				configText.shardCount(MAX_SHARDS),
			)
			.transform((v) => (v === 'auto' ? ('auto' as const) : Number(v))),
		'1',
	),
	SHARD_LIST: optional(
		text.transform((v, ctx) => {
			const ids = parseShardList(v, MAX_SHARDS);
			if (ids) return ids;
			ctx.addIssue({ code: 'custom', message: configText.shardListFormat });
			return z.NEVER;
		}),
	),
	REPORTS_DIR: withDefault(text, 'data/reports'),
	LOG_LEVEL: withDefault(text.toLowerCase().pipe(z.enum(LOG_LEVELS, configText.logLevel(LOG_LEVELS))), 'info'),
	ASK_COOLDOWN_SECONDS: withDefault(
		numberIn('ASK_COOLDOWN_SECONDS', 0, 3600, false),
		String(DEFAULT_ASK_COOLDOWN_SECONDS),
	),
	CHANNEL_ANSWERS_PER_MINUTE: withDefault(
		numberIn('CHANNEL_ANSWERS_PER_MINUTE', 0, 600, true),
		String(DEFAULT_CHANNEL_ANSWERS_PER_MINUTE),
	),
	REPORT_INDEX_BUDGET_MS: withDefault(
		numberIn('REPORT_INDEX_BUDGET_MS', 100, 600_000, true),
		String(DEFAULT_REPORT_INDEX_BUDGET_MS),
	),
	CACHE_DIR: withDefault(text, 'data/.cache'),
	HTTP_PORT: optional(numberIn('HTTP_PORT', 1, 65_535, true)),
	HTTP_HOST: withDefault(text, '127.0.0.1'),
	LOG_QUESTIONS: withDefault(booleanFlag('LOG_QUESTIONS'), 'false'),
	MAX_REPORTS_PER_SERVER: withDefault(numberIn('MAX_REPORTS_PER_SERVER', 0, 10_000, true), '50'),
	ENGINE_MEMORY_MB: withDefault(numberIn('ENGINE_MEMORY_MB', 16, 1_048_576, true), '512'),
	FETCH_ALLOW_PRIVATE: withDefault(booleanFlag('FETCH_ALLOW_PRIVATE'), 'false'),
	NODE_ENV: optional(text),
});

/** SHARD_LIST needs a fixed SHARD_COUNT that every listed shard is below. */
const EnvironmentSchema = EnvironmentFields.superRefine(({ SHARD_COUNT: count, SHARD_LIST: list, ...e }, ctx) => {
	if (e.FETCH_ALLOW_PRIVATE && e.NODE_ENV === 'production')
		ctx.addIssue({ code: 'custom', path: ['FETCH_ALLOW_PRIVATE'], message: configText.fetchAllowPrivate });
	if (!list) return;
	if (count === 'auto') {
		ctx.addIssue({ code: 'custom', path: ['SHARD_LIST'], message: configText.shardListAuto });
	} else if (list.some((id) => id >= count)) {
		ctx.addIssue({ code: 'custom', path: ['SHARD_LIST'], message: configText.shardListRange(count) });
	}
});

/**
 * Validates the environment once, at start-up. Empty values count as unset.
 * Without an argument it reads process.env plus the .env file (set variables win over the file).
 *
 * @example
 * const config = loadConfig({ LOG_LEVEL: 'debug' });
 * config.databasePath; // 'data/factdesk.sqlite'
 * loadConfig({ LOG_LEVEL: 'loud' }); // throws ConfigError: "… LOG_LEVEL must be one of …"
 */
export function loadConfig(env: Environment = readEnvironment()): Config {
	const parsed = EnvironmentSchema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => {
			const key = String(issue.path[0] ?? 'environment');
			return issue.message.includes(key) ? issue.message : `${key}: ${issue.message}`;
		});
		throw new ConfigError(scrub(configText.invalid(problems), env.DISCORD_TOKEN));
	}
	const e = parsed.data;
	return {
		...(e.DISCORD_TOKEN ? { discordToken: e.DISCORD_TOKEN } : {}),
		discordApiUrl: e.DISCORD_API_URL,
		...(e.DISCORD_GUILD_ID ? { discordGuildId: e.DISCORD_GUILD_ID } : {}),
		discordMessageContent: e.DISCORD_MESSAGE_CONTENT,
		databasePath: e.DATABASE_PATH,
		...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
		shardCount: e.SHARD_COUNT,
		...(e.SHARD_LIST ? { shardList: e.SHARD_LIST } : {}),
		...(env.SHARDS ? { processShards: (env.SHARDS.match(/\d+/g) ?? []).map(Number) } : {}),
		reportsDir: e.REPORTS_DIR,
		logLevel: e.LOG_LEVEL,
		askCooldownSeconds: e.ASK_COOLDOWN_SECONDS,
		channelAnswersPerMinute: e.CHANNEL_ANSWERS_PER_MINUTE,
		reportIndexBudgetMs: e.REPORT_INDEX_BUDGET_MS,
		cacheDir: e.CACHE_DIR,
		...(e.HTTP_PORT !== undefined && { httpPort: e.HTTP_PORT }),
		httpHost: e.HTTP_HOST,
		logQuestions: e.LOG_QUESTIONS,
		maxReportsPerServer: e.MAX_REPORTS_PER_SERVER,
		engineMemoryMb: e.ENGINE_MEMORY_MB,
		fetchAllowPrivate: e.FETCH_ALLOW_PRIVATE,
	};
}

/**
 * `base` (process.env) with the .env file's values added where a variable is not set; `base` itself is left alone.
 */
export function readEnvironment(envFile = '.env', base: Environment = process.env): Environment {
	const merged: Environment = { ...base };
	loadDotenv({ path: envFile, processEnv: merged as Record<string, string>, quiet: true, override: false });
	return merged;
}

function scrub(message: string, secret: string | undefined): string {
	const token = secret?.trim();
	return token && token.length >= 4 ? message.split(token).join('[redacted]') : message;
}
