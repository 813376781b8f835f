/**
 * The configuration's problems at start-up, shown to whoever runs the bot (stderr). Never echo a value: it may be
 * the token.
 */
export const configText = {
	invalid: (problems: readonly string[]) =>
		`The configuration is invalid (check the environment and the .env file; .env.example lists every key):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
	token: 'DISCORD_TOKEN must be the bot token alone: no spaces, quotes or "Bot " prefix.',
	apiUrl: 'DISCORD_API_URL must be an http or https URL without a version suffix, e.g. https://discord.com/api',
	guildId: 'DISCORD_GUILD_ID must be a server ID: 17 to 20 digits.',
	boolean: (key: string) => `${key} must be true, false, 1 or 0.`,
	logLevel: (levels: readonly string[]) => `LOG_LEVEL must be one of ${levels.join(', ')}.`,
	number: (key: string, min: number, max: number) => `${key} must be a number from ${min} to ${max}.`,
	integer: (key: string, min: number, max: number) => `${key} must be a whole number from ${min} to ${max}.`,
	shardCount: (max: number) => `SHARD_COUNT must be auto or a whole number from 1 to ${max}.`,
	shardListFormat: 'SHARD_LIST must be shard ids or ranges separated by commas, e.g. 0,1 or 2-3.',
	shardListAuto:
		'SHARD_LIST needs SHARD_COUNT to be a number, not auto: the total number of shards across every machine.',
	shardListRange: (count: number) =>
		`SHARD_LIST names a shard that does not exist: with SHARD_COUNT=${count} (the total across every machine) the shards are 0 to ${count - 1}.`,
	fetchAllowPrivate:
		'FETCH_ALLOW_PRIVATE=true lets /reports add fetch this machine and private networks; it is for tests and is refused when NODE_ENV=production.',
	databaseUrl:
		'DATABASE_URL must be a postgres:// or postgresql:// URL, e.g. postgres://factdesk@db.example.com:5432/factdesk',
} as const;
