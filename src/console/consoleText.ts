/**
 * Every sentence the console adapters show (the console chat, the CLI, the progress bar), in one place. Plain
 * text, no markdown. Constants for fixed text, small functions where values are filled in.
 */
export const consoleText = {
	notInReport: 'The report does not say.',
	noReports: 'No reports are loaded.',
	closestTopics: (topics: readonly string[]) => `It does cover: ${topics.join(', ')}.`,
	conflictingFigure: (text: string, title: string, paragraph: number) =>
		`Another figure: ${text} (${title}, paragraph ${paragraph})`,
	noFacts: 'No facts of that kind were found.',
	apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
	/** The progress bar on the terminal while a large corpus is indexed. */
	indexing: (bar: string, percent: number, done: number, total: number) =>
		`Indexing reports ${bar} ${percent}% (${done}/${total})`,
	/** The terminal chat (`npm start` without DISCORD_TOKEN). Plain text, no markdown. */
	chat: {
		banner:
			'factdesk console chat: type a question about the reports, or /help. To start the Discord bot instead, set DISCORD_TOKEN (see .env.example). /quit or Ctrl+D quits.',
		help: [
			'Type a question and press Enter, e.g. "How many drones were shot down?"',
			'/ask QUESTION (or just the question)           an answer with its quoted sentence and source',
			'/summary [short|medium|long] [report] [topic]  a cited summary, e.g. /summary short casualties',
			'/facts [kind] [about words]                    facts, each cited, e.g. /facts count drones;',
			'                                               kinds: count, casualty, person, place, organisation,',
			'                                               date, quote, attribution, claim',
			'/source N [report]                             paragraph N word for word',
			'/reports                                       the reports loaded',
			'/reports add PATH|URL                          add a report file or a news link to the shared reports',
			'/help                                          this list',
			'/quit or /exit (or Ctrl+D)                     leave; arrow keys go through earlier lines, Tab completes',
		].join('\n'),
		followingUp: (previous: string, read: string) => `(following up on "${previous}": read as "${read}")`,
		unknownCommand: (name: string) => `There is no /${name} command. Type /help for the commands.`,
		sourceUsage:
			'Give a paragraph number, e.g. /source 3 (add a report id when there are several: /source 3 my-report).',
		citation: (title: string, paragraph: number, sentence: number) =>
			`${title}, paragraph ${paragraph}, sentence ${sentence}`,
		didYouMean: 'Did you mean:',
		summaryHeading: (title: string, length: string, topic?: string) =>
			`${title}: ${length} summary${topic ? ` about "${topic}"` : ''}`,
		factsHeading: (count: number) => `${count} ${count === 1 ? 'fact' : 'facts'}:`,
		factsMore: (count: number) => `… and ${count} more. Narrow the list down, e.g. /facts count drones`,
		paragraphHeading: (title: string, paragraph: number) => `${title}, paragraph ${paragraph}:`,
		reportLine: (id: string, title: string, paragraphs: number, about: string) =>
			`${id}: ${title} (${[about, `${paragraphs} paragraphs`].filter(Boolean).join(', ')})`,
	},
	/** The `summary` and `facts` command-line tools. */
	cli: {
		summaryUsage:
			'usage: npm run --silent summary -- [--length short|medium|long] [--topic T] [--report ID] [--json] [--data DIR] [--server ID]',
		factsUsage:
			'usage: npm run --silent facts -- [--kind KIND] [--about WORDS] [--report ID] [--json] [--data DIR] [--server ID]',
		askUsage:
			'usage: npm run --silent ask -- [--json] [--data DIR] [--server ID] [QUESTION]   (no QUESTION: one question per line on stdin)',
		reportsUsage: [
			'usage: npm run --silent reports -- add PATH|URL [--server ID]',
			'       npm run --silent reports -- list [--server ID] [--json]',
			'       npm run --silent reports -- remove REPORT_ID [--server ID]',
			'Without --server: the shared reports (files in REPORTS_DIR). The database is DATABASE_URL, else DATABASE_PATH.',
		].join('\n'),
		commandsUsage: (commands: readonly string[]) =>
			`usage: cli.ts <${commands.join('|')}> [options]; cli.ts <command> --help shows its options`,
		feedbackUsage:
			'usage: npm run --silent feedback -- [--guild ID] [--limit N] [--database FILE] [--database-url URL]',
		badLimit: '--limit must be a whole number of at least 1.',
		badLength: (value: string) => `--length must be short, medium or long, not "${value}".`,
		badKind: (value: string, kinds: readonly string[]) => `--kind must be one of ${kinds.join(', ')}, not "${value}".`,
		dataUnreadable: (dir: string, problem: string) =>
			`The reports folder "${dir}" cannot be used: ${problem}. Give --data a folder of .txt and .md reports.`,
		unexpected: (value: string) => `Unexpected argument "${value}"; options start with --.`,
	},
	/** A server's own reports, as the console chat and `npm run reports` tell about them. Plain text. */
	managed: {
		added: (title: string, id: string, replaced: boolean) =>
			`${replaced ? 'Replaced the earlier copy of' : 'Added'} "${title}" as ${id}.`,
		details: (outlet: string, date: string, paragraphs: number) => `${outlet} · ${date} · ${paragraphs} paragraphs`,
		firstSentence: (sentence: string) => `First sentence: "${sentence}"`,
		unknown: 'unknown',
		removed: (id: string) => `Removed ${id}.`,
		notFound: (id: string) => `There is no report "${id}" to remove there.`,
		unreadable: (path: string, detail: string) => `${path} cannot be read: ${detail}`,
		listLine: (id: string, title: string, scope: string, source: string, paragraphs: number) =>
			`${id}  ${title}  [${scope}]  ${source}  ${paragraphs} paragraphs`,
		none: 'No reports.',
		refused: {
			protocol: (d: string) => `only http:// and https:// links can be added (not ${d})`,
			privateAddress: (d: string) => `${d} is a local or private address; only public sites are fetched`,
			unresolvable: (d: string) => `${d} could not be found`,
			redirects: (d: string) => `the link redirects more than ${d} times`,
			tooLarge: (d: string) => `the page or file is larger than ${d} bytes`,
			contentType: (d: string) => `the link is not a web page or text (${d})`,
			timeout: (d: string) => `the site did not answer within ${d}`,
			status: (d: string) => `the site answered with HTTP status ${d}`,
			network: (d: string) => `the site could not be reached (${d})`,
			noArticle: (d: string) => `no article text was found there (${d})`,
			extension: (d: string) => `only .txt, .md and .html files can be added (not ${d})`,
			limit: (d: string) => `the server already has ${d} reports, the most it may have (MAX_REPORTS_PER_SERVER)`,
			invalid: (d: string) => `it is not a usable report: ${d}`,
		},
		refusedLine: (what: string, why: string) => `Not added: ${what}: ${why}.`,
	},
} as const;
