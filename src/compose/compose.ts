import { ConfigError } from '../ConfigError.ts';
import { type Config, loadConfig } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { composeBot } from './composeBot.ts';
import { composeConsole } from './composeConsole.ts';

export interface ComposeOptions {
	/** This process is one shard of a ShardingManager (src/discord/shard.ts): always the bot, for the shard in SHARDS. */
	shard?: boolean;
}

/**
 * The composition root, called by main.ts and by every shard process: reads the configuration, builds the logger,
 * then what the configuration asks for. Without DISCORD_TOKEN: the console chat, its engine on this thread. With
 * SHARD_COUNT other than 1: a ShardingManager whose shard processes come back here. Otherwise the bot: its engine
 * on a worker thread, deferred so that the bot logs in while it loads, the settings store and the adapters.
 * A bad configuration is reported on stderr (exit code 1).
 */
export async function compose({ shard = false }: ComposeOptions = {}): Promise<void> {
	const config = readConfig(shard);
	if (!config) return;
	const shardId = shard ? (config.processShards?.[0] ?? 0) : undefined;
	const logger = composeLogger(config, shardId);
	if (!shard && !config.discordToken) return composeConsole(config, logger);
	const token = config.discordToken ?? '';
	if (!shard && config.shardCount !== 1) {
		// discord.js is loaded only for the bot, so the console chat starts fast.
		const { runShards } = await import('../discord/runShards.ts');
		return runShards(config, token, logger);
	}
	// The manager gone (killed, crashed) means nobody will stop this shard: stop as on SIGTERM.
	if (shard) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
	return composeBot(config, token, logger, shardId);
}

function readConfig(shard: boolean): Config | undefined {
	try {
		return loadConfig();
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 1;
		// A shard process keeps its channel to the manager open: it would not exit on its own.
		if (shard) process.exit(1);
		return undefined;
	}
}

function composeLogger(config: Config, shard: number | undefined): Logger {
	const logger = createLogger(config.logLevel, {
		secrets: [config.discordToken],
		pretty: process.stderr.isTTY === true,
	});
	return shard === undefined ? logger : logger.child({ shard });
}
