import { z } from 'zod';
import {
	DEFAULT_ASK_COOLDOWN_SECONDS,
	DEFAULT_CHANNEL_ANSWERS_PER_MINUTE,
	DEFAULT_REPORT_INDEX_BUDGET_MS,
} from './configDefaults.ts';
import { configText } from './configText.ts';
import { LOG_LEVELS } from './logLevels.ts';
import { parseShardList } from './shardList.ts';

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

/**
 * The environment variables the bot reads, each checked and turned into its value (empty counts as unset).
 * SHARD_LIST needs a fixed SHARD_COUNT that every listed shard is below.
 */
export const EnvironmentSchema = EnvironmentFields.superRefine(
	({ SHARD_COUNT: count, SHARD_LIST: list, ...e }, ctx) => {
		if (e.FETCH_ALLOW_PRIVATE && e.NODE_ENV === 'production')
			ctx.addIssue({ code: 'custom', path: ['FETCH_ALLOW_PRIVATE'], message: configText.fetchAllowPrivate });
		if (!list) return;
		if (count === 'auto') {
			ctx.addIssue({ code: 'custom', path: ['SHARD_LIST'], message: configText.shardListAuto });
		} else if (list.some((id) => id >= count)) {
			ctx.addIssue({ code: 'custom', path: ['SHARD_LIST'], message: configText.shardListRange(count) });
		}
	},
);
