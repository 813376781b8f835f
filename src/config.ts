import { ConfigError } from './ConfigError.ts';
import { configText } from './configText.ts';
import { EnvironmentSchema } from './EnvironmentSchema.ts';
import type { LogLevel } from './logLevels.ts';
import { type Environment, readEnvironment } from './readEnvironment.ts';

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

function scrub(message: string, secret: string | undefined): string {
	const token = secret?.trim();
	return token && token.length >= 4 ? message.split(token).join('[redacted]') : message;
}
