import type { Config } from './config.ts';
import { ConfigError, loadConfig } from './config.ts';
import { consoleAddReport } from './console/consoleAddReport.ts';
import { runChat } from './console/runChat.ts';
import { messages } from './core/messages.ts';
import type { EngineSupervisor } from './engine/EngineSupervisor.ts';
import { openEngine } from './engine/openEngine.ts';
import { createLogger, type Logger } from './logger.ts';
import { Metrics } from './service/Metrics.ts';

/**
 * Composition root: config → logger → reports → core → the console chat; with a token the Discord bot in this
 * process (runBot), or with SHARD_COUNT other than 1 a ShardingManager that runs one process per shard (runShards).
 */
async function main(): Promise<void> {
	let config: Config;
	try {
		config = loadConfig();
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		return fail(error.message);
	}
	const logger = createLogger(config.logLevel, {
		secrets: [config.discordToken],
		pretty: process.stderr.isTTY === true,
	});
	if (!config.discordToken) {
		const { library, stop } = await openEngine(config.reportsDir, logger, {
			...libraryOptions(config),
			ownThread: false,
		});
		return startConsole(
			library,
			logger,
			consoleAddReport(config, () => library.reload()),
		).finally(stop);
	}
	// discord.js is loaded only for the bot, so the console chat starts fast.
	if (config.shardCount !== 1) {
		const { runShards } = await import('./discord/runShards.ts');
		return runShards(config, config.discordToken, logger);
	}
	const metrics = new Metrics();
	// The engine thread starts loading the reports now, while discord.js loads and the bot logs in.
	const opening = openEngine(config.reportsDir, logger, {
		...libraryOptions(config),
		onReload: (ok, seconds) => metrics.reload(ok, seconds),
	});
	opening.catch(() => undefined); // runBot reports a failure; until it listens, it is not unhandled
	const { runBot } = await import('./discord/runBot.ts');
	return runBot(config, config.discordToken, logger, { metrics, opening });
}

function libraryOptions(config: Config): { cacheDir: string; budgetMs: number } {
	return { cacheDir: config.cacheDir, budgetMs: config.reportIndexBudgetMs };
}

async function startConsole(
	library: EngineSupervisor,
	logger: Logger,
	addReport: (target: string) => Promise<string>,
): Promise<void> {
	process.stdout.write(`${messages.chat.banner}\n\n`);
	await runChat({
		factdesk: library.factdesk,
		input: process.stdin,
		output: process.stdout,
		prompt: process.stdin.isTTY === true,
		addReport,
		onError: (error) => logger.error({ err: error }, 'console chat failed to answer'),
	});
}

function fail(message: string): void {
	process.stderr.write(`${message}\n`);
	process.exitCode = 1;
}

main().catch((error: unknown) => {
	process.stderr.write(
		`factdesk stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
