// Entry of one shard process, spawned by runShards' ShardingManager (`node dist/discord/shard.js`).
// It composes itself like main.ts, from the environment the manager passed on (the manager adds SHARDS, SHARD_COUNT
// and DISCORD_TOKEN, which discord.js reads), and runs the bot for its shard until the manager stops it.
import { compose } from '../compose/compose.ts';

compose({ shard: true }).catch((error: unknown) => {
	process.stderr.write(
		`factdesk shard stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
