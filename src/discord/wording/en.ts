/**
 * What the Discord bot says, in English (the default): markdown allowed; channel ids are turned into mentions by the
 * caller. Every other locale's module has exactly these keys (checked by tests/discord/wording.test.ts).
 */
export const en = {
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
	factsTitle: (kind?: string, about?: string) => `Facts${kind ? ` (${kind})` : ''}${about ? ` about "${about}"` : ''}`,
	factsPage: (page: number, pages: number, total: number) => `Page ${page} of ${pages} · ${total} facts`,
	factReportedBy: (who: string) => `reported by ${who}`,
	factSaidBy: (who: string) => `said ${who}`,
	factConflicts: 'another figure differs',
	followingUp: (previous: string) => `*Following up on “${previous}”*`,
	followUpFooter: (question: string, previous: string) => `${question} (following up on “${previous}”)`,
	threadNotAllowed:
		'I cannot open a thread here (it needs a server text channel where I may create threads), so the answer stays in the channel. Reply to it to follow up.',
	voted: (vote: 'up' | 'down', up: number, down: number) =>
		`${vote === 'up' ? 'Thanks: 👍 noted.' : 'Thanks: 👎 noted; moderators will see this answer in /config feedback.'} Votes so far: ${up} 👍, ${down} 👎. Press the other button to change your vote.`,
	voteExpired: 'That answer is too old to vote on. Ask again with /ask.',
	feedbackTitle: 'Answers members voted wrong',
	feedbackNone: 'No answer was voted wrong yet.',
	feedbackLine: (n: number, question: string, answer: string, down: number, up: number, where: string) =>
		`${n}. ${down}× 👎, ${up}× 👍: “${question}” → **${answer}** (${where})`,
	feedbackDeclinedTitle: 'Questions declined most often',
	feedbackSource: (n: number) => `Source of ${n}`,
	previous: 'Previous',
	next: 'Next',
	cooldown: (seconds: number) => `You are asking quickly. Please wait ${seconds} s before the next /ask.`,
	notHere: (channels: readonly string[]) =>
		channels.length > 0
			? `I do not answer in this channel. Ask me in ${channels.join(', ')}.`
			: 'I do not answer in this server: a moderator switched every channel off.',
	emptyQuestion: 'Please ask a question, e.g. "How many drones were shot down?"',
	unknownButton: 'That button is no longer valid. Ask again with /ask.',
	noQuestionInMessage: 'That message holds no text I can read as a question.',
	configGuildOnly: '/config works only in a server.',
	configForbidden: 'Only members with the Manage Server permission can change my settings.',
	channelElsewhere: 'That channel is not in this server (or I cannot see it), so it was not set.',
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
	reloaded: (count: number, badFiles: readonly string[], shards = 1) =>
		`Reloaded${shards > 1 ? ` on all ${shards} shards` : ''}: ${count} ${count === 1 ? 'report' : 'reports'} loaded.${badFiles.length > 0 ? ` Skipped ${badFiles.length === 1 ? 'a bad file' : `${badFiles.length} bad files`}: ${badFiles.join(', ')}.` : ''}`,
	reloadFailed: (problem: string, count: number) =>
		`The reload failed (${problem}); I keep answering from the ${count} ${count === 1 ? 'report' : 'reports'} I had.`,
	reloadUnavailable: 'Reloading the reports is not available in this bot.',
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
		'**/reports** — the reports I answer from; moderators add a news link or a file, or remove one.',
		'**Ask factdesk** (right-click a message › Apps) — answers the question in that message.',
		'Mention me with a question, too. Moderators: **/config** chooses where and how I answer.',
	].join('\n'),
	noFacts: 'No facts of that kind were found.',
	apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
	reports: {
		guildOnly: '/reports works only in a server.',
		forbidden: 'Only members with the Manage Server permission can add or remove reports.',
		unavailable: 'Reports cannot be managed here: the bot has no database for them.',
		oneSource: 'Give a file or a url: one of the two.',
		added: (title: string) => `Added **${title}**.`,
		replaced: (title: string) => `Replaced the earlier copy of **${title}** (same link or file name).`,
		details: (outlet: string, date: string, paragraphs: number) => `${outlet} · ${date} · ${paragraphs} paragraphs`,
		byline: (who: string) => `By ${who}`,
		unknown: 'unknown',
		firstSentence: 'First sentence',
		reportId: (id: string) => `Report id: ${id}`,
		listTitle: 'Reports this server answers from',
		listPage: (page: number, pages: number, total: number) => `Page ${page} of ${pages} · ${total} reports`,
		server: 'this server',
		shared: 'shared',
		none: 'No reports yet. Moderators: /reports add.',
		removed: (title: string) => `Removed **${title}**.`,
		notFound: (id: string) => `This server has no report "${id}" of its own (shared reports cannot be removed here).`,
		fromServer: 'from this server’s reports',
		fromShared: 'from the shared reports',
		refused: {
			protocol: (detail: string) => `Only http:// and https:// links can be added (not ${detail}).`,
			privateAddress: (detail: string) =>
				`${detail} is a local or private address; only public news sites can be fetched.`,
			unresolvable: (detail: string) => `${detail} could not be found (no such host).`,
			redirects: (detail: string) => `The link redirects more than ${detail} times.`,
			tooLarge: (detail: string) => `The page or file is larger than the limit (${detail} bytes).`,
			contentType: (detail: string) => `The link is not a web page or text (it is ${detail}).`,
			timeout: (detail: string) => `The site did not answer within ${detail}.`,
			status: (detail: string) => `The site answered with HTTP status ${detail}.`,
			network: (detail: string) => `The site could not be reached (${detail}).`,
			noArticle: (detail: string) =>
				`No article text was found there (${detail}): a paywall, a home page or not an article.`,
			extension: (detail: string) => `Only .txt, .md and .html files can be added (not ${detail}).`,
			limit: (detail: string) => `This server already has ${detail} reports, the most it may have. Remove one first.`,
			invalid: (detail: string) => `That is not a usable report: ${detail}.`,
		},
	},
};

/** The shape every locale's wording has: the same keys, strings or functions returning strings. */
export type Wording = typeof en;
