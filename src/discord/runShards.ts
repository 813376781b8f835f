import { once } from 'node:events';
import { type APIGatewayBotInfo, REST, Routes, ShardingManager } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { siblingModule } from '../siblingModule.ts';

const SHARD = siblingModule('./shard', import.meta.url);
/** How long a shard may take to load the reports and log in before the start-up counts as failed. */
const SHARD_READY_TIMEOUT_MS = 120_000;
/** How long a shard may take to log out and close its store after SIGTERM before it is killed. */
const SHARD_STOP_TIMEOUT_MS = 10_000;

/**
 * Runs discord.js's ShardingManager in this process: one child process per shard on this machine
 * (`node dist/discord/shard.js`; from the sources, shard.ts through tsx), each with its own reports in memory and the same settings database.
 * With SHARD_COUNT=auto the count is Discord's recommendation from `GET /gateway/bot` at DISCORD_API_URL. Shards that
 * die are respawned; on SIGINT or SIGTERM every shard is stopped and waited for, then it exits 0. A shard that does
 * not get ready at start-up is logged and exits 1. With SHARD_LIST only the listed shards run here (the others on
 * other machines, sharing DATABASE_URL); the commands are registered by whichever process runs shard 0.
 */
export async function runShards(config: Config, token: string, logger: Logger): Promise<void> {
	const totalShards =
		config.shardCount === 'auto' ? await recommendedShardCount(config.discordApiUrl, token) : config.shardCount;
	const manager = new ShardingManager(SHARD.file, {
		token,
		totalShards,
		...(config.shardList ? { shardList: config.shardList } : {}),
		mode: 'process',
		respawn: true,
		execArgv: SHARD.execArgv,
	});
	manager.on('shardCreate', (shard) => {
		logger.info({ shard: shard.id, totalShards }, 'shard process started');
		shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
	});
	let stopping = false;
	const stopAll = async () => {
		stopping = true;
		manager.respawn = false;
		await Promise.all(
			manager.shards.map(async (shard) => {
				const child = shard.process;
				if (!child || child.exitCode !== null) return;
				const exited = once(child, 'exit');
				const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_TIMEOUT_MS);
				child.kill('SIGTERM');
				await exited;
				clearTimeout(timer);
			}),
		);
	};
	const shutdown = async (signal: NodeJS.Signals) => {
		logger.info({ signal }, 'stopping the shards');
		// discord.js's Shard.send throws (its process is null) when a shard's message is answered after the shard exited;
		// while every shard is being stopped that is expected, and must not turn a clean stop into exit code 1.
		process.on('unhandledRejection', (error) => logger.warn({ err: error }, 'ignored while stopping the shards'));
		await stopAll();
		process.exit(0);
	};
	process.once('SIGINT', (signal) => void shutdown(signal));
	process.once('SIGTERM', (signal) => void shutdown(signal));
	try {
		await manager.spawn({ timeout: SHARD_READY_TIMEOUT_MS });
		logger.info({ totalShards, shards: config.shardList ?? 'all' }, 'every shard is ready');
	} catch (error) {
		if (stopping) return;
		logger.fatal({ err: error }, 'the shards could not start');
		await stopAll();
		process.exit(1);
	}
}

/** Discord's recommended shard count for this bot, asked at the configured REST base URL (not discord.com). */
async function recommendedShardCount(apiUrl: string, token: string): Promise<number> {
	const rest = new REST({ api: apiUrl }).setToken(token);
	const info = (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
	return Math.max(1, info.shards);
}
