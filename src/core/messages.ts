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
	closestTopics: (topics: readonly string[]) => `It does cover: ${topics.join(', ')}.`,
	conflictingFigure: (text: string, title: string, paragraph: number) =>
		`Another figure: ${text} (${title}, paragraph ${paragraph})`,
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
	/** What the Discord bot says; markdown allowed. Channel ids are turned into mentions by the caller. */
	discord: {
		answerTitle: 'Answer',
		quoteField: 'Quoted sentence',
		sourceField: 'Source',
		sourceLine: (title: string, paragraph: number) => `${title}, paragraph ${paragraph}`,
		confidenceField: 'Confidence',
		confidence: (percent: number) => `${percent}%`,
		conflictsTitle: 'The reports give different figures',
		conflictField: (n: number) => `Figure ${n}`,
		lowConfidence: 'I am not sure about this one. Did you mean one of these?',
		didYouMean: 'Did you mean…',
		showParagraph: 'Show paragraph',
		notInReport: (topics: readonly string[]) =>
			topics.length > 0 ? `The report does not say. It does cover: ${topics.join(', ')}.` : 'The report does not say.',
		paragraphTitle: (title: string, paragraph: number) => `${title}, paragraph ${paragraph}`,
		summaryFooter: (length: string, topic?: string) =>
			topic ? `${length} summary about "${topic}"` : `${length} summary`,
		factsTitle: (kind?: string, about?: string) =>
			`Facts${kind ? ` (${kind})` : ''}${about ? ` about "${about}"` : ''}`,
		factsPage: (page: number, pages: number, total: number) => `Page ${page} of ${pages} · ${total} facts`,
		previous: 'Previous',
		next: 'Next',
		cooldown: (seconds: number) => `You are asking quickly. Please wait ${seconds} s before the next /ask.`,
		notHere: (channels: readonly string[]) =>
			channels.length > 0
				? `I do not answer in this channel. Ask me in ${channels.join(', ')}.`
				: 'I do not answer in this server: a moderator switched every channel off.',
		emptyQuestion: 'Please ask a question, e.g. "How many drones were shot down?"',
		noQuestionInMessage: 'That message holds no text I can read as a question.',
		configGuildOnly: '/config works only in a server.',
		configForbidden: 'Only members with the Manage Server permission can change my settings.',
		channelSet: (channel: string, mode: string) => `${channel} is now set to **${mode}**.`,
		thresholdSet: (threshold: number) => `Auto answers now need a confidence of at least ${threshold}.`,
		settingsReset: 'Settings reset: I answer slash commands and mentions in every channel again.',
		settingsTitle: 'factdesk settings',
		settingsThreshold: 'Auto-answer threshold',
		settingsChannels: 'Channels',
		settingsEverywhere: 'No channel configured: I answer slash commands and mentions everywhere.',
		unansweredTitle: 'Questions the reports could not answer',
		unansweredNone: 'No unanswered questions yet.',
		unansweredLine: (question: string, count: number) => `${count}× ${question}`,
		syncNeedsToken: 'DISCORD_TOKEN is needed to register the commands.',
		synced: (count: number, guildId?: string) =>
			`Registered ${count} commands ${guildId ? `in server ${guildId}` : 'globally'}.`,
		syncFailed: (reason: string) => `Could not register the commands: ${reason}`,
		helpTitle: 'factdesk',
		help: [
			'I answer questions about the news reports I hold, quoting the sentence and saying where it stands.',
			'',
			'**/ask** `question` — a short answer with the quoted sentence, its source and my confidence.',
			'**/summary** — a cited summary; choose a length, a topic or a report.',
			'**/facts** — figures, people, places, dates and quotes, each cited.',
			'**/source** `paragraph` — a paragraph word for word.',
			'**Ask factdesk** (right-click a message › Apps) — answers the question in that message.',
			'Mention me with a question, too. Moderators: **/config** chooses where and how I answer.',
		].join('\n'),
	},
	/** What the Discord bot says; markdown allowed. Channel ids are turned into mentions by the caller. */
	discord: {
		answerTitle: 'Answer',
		quoteField: 'Quoted sentence',
		sourceField: 'Source',
		sourceLine: (title: string, paragraph: number) => `${title}, paragraph ${paragraph}`,
		confidenceField: 'Confidence',
		confidence: (percent: number) => `${percent}%`,
		conflictsTitle: 'The reports give different figures',
		conflictField: (n: number) => `Figure ${n}`,
		lowConfidence: 'I am not sure about this one. Did you mean one of these?',
		didYouMean: 'Did you mean…',
		showParagraph: 'Show paragraph',
		notInReport: (topics: readonly string[]) =>
			topics.length > 0 ? `The report does not say. It does cover: ${topics.join(', ')}.` : 'The report does not say.',
		paragraphTitle: (title: string, paragraph: number) => `${title}, paragraph ${paragraph}`,
		summaryFooter: (length: string, topic?: string) =>
			topic ? `${length} summary about "${topic}"` : `${length} summary`,
		factsTitle: (kind?: string, about?: string) =>
			`Facts${kind ? ` (${kind})` : ''}${about ? ` about "${about}"` : ''}`,
		factsPage: (page: number, pages: number, total: number) => `Page ${page} of ${pages} · ${total} facts`,
		previous: 'Previous',
		next: 'Next',
		cooldown: (seconds: number) => `You are asking quickly. Please wait ${seconds} s before the next /ask.`,
		notHere: (channels: readonly string[]) =>
			channels.length > 0
				? `I do not answer in this channel. Ask me in ${channels.join(', ')}.`
				: 'I do not answer in this server: a moderator switched every channel off.',
		emptyQuestion: 'Please ask a question, e.g. "How many drones were shot down?"',
		noQuestionInMessage: 'That message holds no text I can read as a question.',
		configGuildOnly: '/config works only in a server.',
		configForbidden: 'Only members with the Manage Server permission can change my settings.',
		channelSet: (channel: string, mode: string) => `${channel} is now set to **${mode}**.`,
		thresholdSet: (threshold: number) => `Auto answers now need a confidence of at least ${threshold}.`,
		settingsReset: 'Settings reset: I answer slash commands and mentions in every channel again.',
		settingsTitle: 'factdesk settings',
		settingsThreshold: 'Auto-answer threshold',
		settingsChannels: 'Channels',
		settingsEverywhere: 'No channel configured: I answer slash commands and mentions everywhere.',
		unansweredTitle: 'Questions the reports could not answer',
		unansweredNone: 'No unanswered questions yet.',
		unansweredLine: (question: string, count: number) => `${count}× ${question}`,
		syncNeedsToken: 'DISCORD_TOKEN is needed to register the commands.',
		synced: (count: number, guildId?: string) =>
			`Registered ${count} commands ${guildId ? `in server ${guildId}` : 'globally'}.`,
		syncFailed: (reason: string) => `Could not register the commands: ${reason}`,
		helpTitle: 'factdesk',
		help: [
			'I answer questions about the news reports I hold, quoting the sentence and saying where it stands.',
			'',
			'**/ask** `question` — a short answer with the quoted sentence, its source and my confidence.',
			'**/summary** — a cited summary; choose a length, a topic or a report.',
			'**/facts** — figures, people, places, dates and quotes, each cited.',
			'**/source** `paragraph` — a paragraph word for word.',
			'**Ask factdesk** (right-click a message › Apps) — answers the question in that message.',
			'Mention me with a question, too. Moderators: **/config** chooses where and how I answer.',
		].join('\n'),
	},
} as const;
