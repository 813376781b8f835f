import { compose } from './compose/compose.ts';

/**
 * `npm start`: the composition root (src/compose/compose.ts) builds what the configuration asks for: the console
 * chat without DISCORD_TOKEN; with one the Discord bot in this process, or with SHARD_COUNT other than 1 a
 * ShardingManager that runs one process per shard (src/discord/shard.ts, which composes the same way).
 */
compose().catch((error: unknown) => {
	process.stderr.write(
		`factdesk stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
