// Entry of one shard process, spawned by runShards' ShardingManager (`node dist/discord/shard.js`).
// It builds its own dependencies from the environment the manager passed on (the manager adds SHARDS, SHARD_COUNT
// and DISCORD_TOKEN, which discord.js reads) and runs the bot for its shard until the manager stops it.
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { Metrics } from '../service/Metrics.ts';
import { runBot } from './runBot.ts';

/** Loads the configuration, then runs the bot for the shard named in SHARDS; exits 1 on a bad configuration. */
async function runShard(): Promise<void> {
	let config: ReturnType<typeof loadConfig>;
	try {
		config = loadConfig();
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		process.stderr.write(`${error.message}\n`);
		process.exit(1);
	}
	const token = config.discordToken ?? '';
	const shard = config.processShards?.[0] ?? 0;
	const logger = createLogger(config.logLevel, { secrets: [token], pretty: process.stderr.isTTY === true }).child({
		shard,
	});
	// The manager gone (killed, crashed) means nobody will stop this shard: stop as on SIGTERM.
	process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
	await runBot(config, token, logger, { metrics: new Metrics({ shard: String(shard) }) });
}

runShard().catch((error: unknown) => {
	process.stderr.write(
		`factdesk shard stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
