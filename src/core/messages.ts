/**
 * Every sentence a user can see, in one place (console, CLI and Discord alike).
 * Constants for fixed text, small functions where values are filled in.
 */
export const messages = {
	notInReport: 'The report does not say.',
	unknownReport: (id: string) => `There is no report called "${id}".`,
	paragraphOutOfRange: (n: number, count: number, title: string) =>
		`"${title}" has ${count} paragraphs; there is no paragraph ${n}.`,
	noReports: 'No reports are loaded.',
	noFacts: 'No facts of that kind were found.',
	apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
	/** Start-up configuration problems, shown to whoever runs the bot. Never echo a value: it may be the token. */
	config: {
		invalid: (problems: readonly string[]) =>
			`The configuration is invalid (check the environment and the .env file; .env.example lists every key):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
		token: 'DISCORD_TOKEN must be the bot token alone: no spaces, quotes or "Bot " prefix.',
		apiUrl: 'DISCORD_API_URL must be an http or https URL without a version suffix, e.g. https://discord.com/api',
		guildId: 'DISCORD_GUILD_ID must be a server ID: 17 to 20 digits.',
		boolean: (key: string) => `${key} must be true, false, 1 or 0.`,
		logLevel: (levels: readonly string[]) => `LOG_LEVEL must be one of ${levels.join(', ')}.`,
		number: (key: string, min: number, max: number) => `${key} must be a number from ${min} to ${max}.`,
		integer: (key: string, min: number, max: number) => `${key} must be a whole number from ${min} to ${max}.`,
	},
	thresholdOutOfRange: 'The threshold must be a number from 0 to 1, e.g. 0.6.',
	/** Problems with the settings database, shown to whoever runs the bot. The file is never overwritten. */
	storage: {
		notSqlite: (path: string) =>
			`The settings database ${path} is not a SQLite database. It was left untouched: move it away or set DATABASE_PATH to another file.`,
		corrupt: (path: string, detail: string) =>
			`The settings database ${path} is damaged (${detail}). It was left untouched: restore a backup or set DATABASE_PATH to another file.`,
		newerSchema: (path: string, found: number, known: number) =>
			`The settings database ${path} was written by a newer factdesk (schema ${found}; this one knows up to ${known}).`,
		cannotOpen: (path: string, detail: string) => `The settings database ${path} cannot be opened: ${detail}`,
	},
} as const;
