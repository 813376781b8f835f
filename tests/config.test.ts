import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/ConfigError.ts';
import { loadConfig } from '../src/config.ts';
import { readEnvironment } from '../src/readEnvironment.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-token-value_abc';

function problemWith(env: Record<string, string>): ConfigError {
	try {
		loadConfig(env);
	} catch (error) {
		if (error instanceof ConfigError) return error;
		throw error;
	}
	throw new Error('loadConfig accepted a bad environment');
}

describe('loadConfig', () => {
	it('GIVEN an empty environment THEN every key has its default', () => {
		expect(loadConfig({})).toEqual({
			discordApiUrl: 'https://discord.com/api',
			discordMessageContent: false,
			databasePath: 'data/factdesk.sqlite',
			shardCount: 1,
			reportsDir: 'data/reports',
			logLevel: 'info',
			askCooldownSeconds: 5,
			channelAnswersPerMinute: 6,
			reportIndexBudgetMs: 2000,
			cacheDir: 'data/.cache',
			httpHost: '127.0.0.1',
			logQuestions: false,
			maxReportsPerServer: 50,
			engineMemoryMb: 512,
			fetchAllowPrivate: false,
		});
	});

	it('GIVEN empty strings (as copied from .env.example) THEN they count as unset', () => {
		const config = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ', LOG_LEVEL: '' });
		expect(config.discordToken).toBeUndefined();
		expect(config.discordGuildId).toBeUndefined();
		expect(config.logLevel).toBe('info');
	});

	it('GIVEN every key set THEN the values are parsed and typed', () => {
		const config = loadConfig({
			DISCORD_TOKEN: ` ${TOKEN}\n`,
			DISCORD_API_URL: 'http://127.0.0.1:4000/api/',
			DISCORD_GUILD_ID: '123456789012345678',
			DISCORD_MESSAGE_CONTENT: 'TRUE',
			DATABASE_PATH: '/tmp/x.sqlite',
			DATABASE_URL: 'postgres://bot:pw@db.example.com:5432/factdesk',
			SHARD_COUNT: '4',
			SHARD_LIST: '2-3',
			REPORTS_DIR: 'reports',
			LOG_LEVEL: 'Debug',
			ASK_COOLDOWN_SECONDS: '2.5',
			CHANNEL_ANSWERS_PER_MINUTE: '0',
			REPORT_INDEX_BUDGET_MS: '500',
			CACHE_DIR: '/var/cache/factdesk',
			HTTP_PORT: '9464',
			HTTP_HOST: '0.0.0.0',
			LOG_QUESTIONS: 'true',
			MAX_REPORTS_PER_SERVER: '5',
			ENGINE_MEMORY_MB: '64',
			FETCH_ALLOW_PRIVATE: 'true',
		});
		expect(config).toEqual({
			discordToken: TOKEN,
			discordApiUrl: 'http://127.0.0.1:4000/api',
			discordGuildId: '123456789012345678',
			discordMessageContent: true,
			databasePath: '/tmp/x.sqlite',
			databaseUrl: 'postgres://bot:pw@db.example.com:5432/factdesk',
			shardCount: 4,
			shardList: [2, 3],
			reportsDir: 'reports',
			logLevel: 'debug',
			askCooldownSeconds: 2.5,
			channelAnswersPerMinute: 0,
			reportIndexBudgetMs: 500,
			cacheDir: '/var/cache/factdesk',
			httpPort: 9464,
			httpHost: '0.0.0.0',
			maxReportsPerServer: 5,
			engineMemoryMb: 64,
			fetchAllowPrivate: true,
			logQuestions: true,
		});
	});

	it.each([
		['1', true],
		['0', false],
		['false', false],
		['true', true],
	])('GIVEN DISCORD_MESSAGE_CONTENT=%s THEN it is %s', (value, expected) => {
		expect(loadConfig({ DISCORD_MESSAGE_CONTENT: value }).discordMessageContent).toBe(expected);
	});

	it.each([
		['LOG_LEVEL', 'loud'],
		['DISCORD_API_URL', 'not a url'],
		['DISCORD_API_URL', 'https://discord.com/api/v10'],
		['DISCORD_API_URL', 'ftp://discord.com/api'],
		['DISCORD_GUILD_ID', 'my-server'],
		['DISCORD_MESSAGE_CONTENT', 'yes'],
		['ASK_COOLDOWN_SECONDS', '-1'],
		['ASK_COOLDOWN_SECONDS', 'five'],
		['CHANNEL_ANSWERS_PER_MINUTE', '2.5'],
		['CHANNEL_ANSWERS_PER_MINUTE', '100000'],
		['DISCORD_TOKEN', `Bot ${TOKEN}`],
		['DATABASE_URL', 'mysql://bot@db.example.com/factdesk'],
		['DATABASE_URL', 'db.example.com:5432/factdesk'],
		['SHARD_COUNT', '0'],
		['SHARD_COUNT', '2.5'],
		['SHARD_COUNT', 'many'],
		['SHARD_COUNT', '-2'],
		['SHARD_COUNT', '100000'],
		['HTTP_PORT', '0'],
		['HTTP_PORT', '70000'],
		['HTTP_PORT', 'http'],
		['LOG_QUESTIONS', 'maybe'],
		['SHARD_LIST', 'one'],
		['SHARD_LIST', '0;1'],
		['SHARD_LIST', '3-1'],
		['SHARD_LIST', '0,,1'],
		['SHARD_LIST', '-1'],
		['SHARD_LIST', '0-99999999999'],
	])('GIVEN %s=%j THEN a ConfigError names the key', (key, value) => {
		const error = problemWith({ [key]: value });
		expect(error.message).toContain(key);
		expect(error.message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(1);
	});

	it('GIVEN several bad values THEN the message lists each key on its own line', () => {
		const error = problemWith({ LOG_LEVEL: 'x', ASK_COOLDOWN_SECONDS: 'y' });
		expect(error.message).toMatch(/\n {2}- LOG_LEVEL/);
		expect(error.message).toMatch(/\n {2}- ASK_COOLDOWN_SECONDS/);
	});

	it('GIVEN FETCH_ALLOW_PRIVATE=true with NODE_ENV=production THEN it is refused naming the key', () => {
		expect(loadConfig({ FETCH_ALLOW_PRIVATE: 'true', NODE_ENV: 'development' }).fetchAllowPrivate).toBe(true);
		const error = problemWith({ FETCH_ALLOW_PRIVATE: 'true', NODE_ENV: 'production' });
		expect(error.message).toContain('FETCH_ALLOW_PRIVATE');
		expect(loadConfig({ FETCH_ALLOW_PRIVATE: 'false', NODE_ENV: 'production' }).fetchAllowPrivate).toBe(false);
	});

	it.each([
		['MAX_REPORTS_PER_SERVER', '-1'],
		['ENGINE_MEMORY_MB', '0'],
	])('GIVEN %s=%s THEN it is refused naming the key', (key, value) => {
		expect(problemWith({ [key]: value }).message).toContain(key);
	});

	it('GIVEN a bad token THEN the token never appears in the message', () => {
		const error = problemWith({ DISCORD_TOKEN: `Bot ${TOKEN}` });
		expect(error.message).toContain('DISCORD_TOKEN');
		expect(error.message).not.toContain(TOKEN);
		expect(error.message).not.toContain('secret-token-value');
	});

	it.each(['postgres://bot@db.example.com/factdesk', 'postgresql://bot:pw@10.0.0.5:6432/f?sslmode=require'])(
		'GIVEN DATABASE_URL=%s THEN it is kept as it is',
		(url) => {
			expect(loadConfig({ DATABASE_URL: ` ${url} ` }).databaseUrl).toBe(url);
		},
	);

	it.each([
		['auto', 'auto'],
		[' AUTO ', 'auto'],
		['1', 1],
		['2', 2],
		['', 1],
	])('GIVEN SHARD_COUNT=%j THEN the shard count is %j', (value, expected) => {
		expect(loadConfig({ SHARD_COUNT: value }).shardCount).toBe(expected);
	});

	it.each([
		['0', [0]],
		['0,1', [0, 1]],
		['2-3', [2, 3]],
		[' 3, 0-1 ,1', [0, 1, 3]],
		['5-5', [5]],
	])('GIVEN SHARD_COUNT=8 and SHARD_LIST=%j THEN this instance runs shards %j', (value, expected) => {
		expect(loadConfig({ SHARD_COUNT: '8', SHARD_LIST: value }).shardList).toEqual(expected);
	});

	it('GIVEN no or an empty SHARD_LIST THEN there is none (every shard runs here)', () => {
		expect(loadConfig({ SHARD_COUNT: '4' }).shardList).toBeUndefined();
		expect(loadConfig({ SHARD_COUNT: '4', SHARD_LIST: ' ' })).not.toHaveProperty('shardList');
	});

	it.each([
		[{ SHARD_COUNT: 'auto', SHARD_LIST: '0,1' }, 'not auto'],
		[{ SHARD_COUNT: '4', SHARD_LIST: '2-4' }, 'SHARD_COUNT=4'],
		[{ SHARD_COUNT: '2', SHARD_LIST: '2' }, 'the shards are 0 to 1'],
		[{ SHARD_LIST: '1' }, 'SHARD_COUNT=1'],
	])('GIVEN %j THEN a ConfigError names SHARD_LIST and says why', (env, why) => {
		const error = problemWith(env);
		expect(error.message).toMatch(/\n {2}- SHARD_LIST /);
		expect(error.message).toContain(why);
		expect(error.message.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(1);
	});

	it('GIVEN no or an empty DATABASE_URL THEN there is none (SQLite is used)', () => {
		expect(loadConfig({}).databaseUrl).toBeUndefined();
		expect(loadConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeUndefined();
	});

	it.each([
		'mysql://bot:hunter2-secret@db.example.com/factdesk',
		'postgres://bot:hunter2-secret@db.example.com:99999/factdesk',
		'bot:hunter2-secret@db.example.com/factdesk',
	])('GIVEN an invalid DATABASE_URL THEN the error names the key and never the password', (url) => {
		const error = problemWith({ DATABASE_URL: url });
		expect(error.message).toContain('DATABASE_URL');
		expect(error.message).not.toContain('hunter2');
	});

	it('GIVEN a good token and a bad value that contains it THEN the token is still not in the message', () => {
		const error = problemWith({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: TOKEN, DISCORD_GUILD_ID: TOKEN });
		expect(error.message).toContain('LOG_LEVEL');
		expect(error.message).not.toContain(TOKEN);
	});
});

describe('readEnvironment', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('GIVEN a .env file THEN its values fill unset keys, set variables win, and process.env is untouched', () => {
		dir = mkdtempSync(join(tmpdir(), 'factdesk-env-'));
		const file = join(dir, '.env');
		writeFileSync(file, 'FACTDESK_TEST_FROM_FILE=file\nPATH=from-file\n');
		const env = readEnvironment(file);
		expect(env.FACTDESK_TEST_FROM_FILE).toBe('file');
		expect(env.PATH).toBe(process.env.PATH);
		expect(process.env.FACTDESK_TEST_FROM_FILE).toBeUndefined();
		expect(readFileSync(file, 'utf8')).toContain('FACTDESK_TEST_FROM_FILE');
	});

	it('GIVEN no .env file THEN the environment is returned as it is', () => {
		const env = readEnvironment(join(tmpdir(), 'factdesk-no-such-dir', '.env'));
		expect(env.PATH).toBe(process.env.PATH);
	});

	it('GIVEN .env.example THEN it lists every key loadConfig reads', () => {
		const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
		for (const key of [
			'DISCORD_TOKEN',
			'DISCORD_API_URL',
			'DISCORD_GUILD_ID',
			'DISCORD_MESSAGE_CONTENT',
			'DATABASE_PATH',
			'DATABASE_URL',
			'SHARD_COUNT',
			'SHARD_LIST',
			'REPORTS_DIR',
			'LOG_LEVEL',
			'ASK_COOLDOWN_SECONDS',
			'CHANNEL_ANSWERS_PER_MINUTE',
			'REPORT_INDEX_BUDGET_MS',
			'CACHE_DIR',
		]) {
			expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
		}
		expect(
			loadConfig(
				Object.fromEntries(
					example
						.split('\n')
						.filter((l) => /^[A-Z_]+=/.test(l))
						.map((l) => l.split('=')),
				),
			),
		).toBeDefined();
	});
});

describe('loadConfig in a shard process', () => {
	it('GIVEN SHARDS set by the ShardingManager THEN processShards names the shard ids', () => {
		expect(loadConfig({ SHARDS: '3' }).processShards).toEqual([3]);
		expect(loadConfig({}).processShards).toBeUndefined();
	});
});
