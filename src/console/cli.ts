import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, DEFAULT_REPORT_INDEX_BUDGET_MS } from '../config.ts';
import { createFactdesk } from '../core/createFactdesk.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import { indexReports } from '../core/indexReports.ts';
import { messages } from '../core/messages.ts';
import type { Answer } from '../core/types.ts';
import { loadRankerModel } from '../reports/loadRankerModel.ts';
import { loadReports } from '../reports/loadReports.ts';
import { StorageError } from '../storage/StorageError.ts';
import { createProgressBar } from './createProgressBar.ts';
import { factsCommand } from './factsCommand.ts';
import { feedbackCommand } from './feedbackCommand.ts';
import { formatAnswer } from './formatAnswer.ts';
import { cliConfig, openManagedReports, serverReports } from './openManagedReports.ts';
import { Refused, reportsCommand } from './reportsCommand.ts';
import { summaryCommand } from './summaryCommand.ts';
import { terminalText } from './terminalText.ts';

/** The CLI's JSON answer: the contract that tests and outside graders rely on. */
export function toJsonAnswer(answer: Answer): object {
	return {
		question: answer.question,
		answered: answer.answered,
		answer: answer.answer,
		confidence: answer.confidence,
		sources: answer.sources.map((s) => ({
			report: s.report,
			paragraph: s.paragraph,
			sentence: s.sentence,
			quote: s.quote,
		})),
		alternatives: answer.alternatives.map((a) => ({
			question: a.question,
			report: a.source.report,
			paragraph: a.source.paragraph,
			sentence: a.source.sentence,
		})),
		conflicts: answer.conflicts.map((c) => ({
			text: c.text,
			report: c.source.report,
			paragraph: c.source.paragraph,
			quote: c.source.quote,
		})),
	};
}

/**
 * The core over the reports in `dataDir`, each indexed within the default budget; bad files are named on stderr.
 * Throws (exit code 2) when the folder cannot be read: missing, a file, /dev/null.
 */
async function openDesk(dataDir: string, server?: string): Promise<Factdesk> {
	const loadedReports = loadReports(dataDir);
	const { files, errors } = loadedReports;
	// With --server: that server's own reports from the bot's database too, as the bot answers in that server.
	const reports = server
		? [...loadedReports.reports, ...(await serverReports(cliConfig(), server))]
		: loadedReports.reports;
	const unreadable = errors.find((e) => e.file === dataDir && reports.length === 0);
	if (unreadable) throw new Error(messages.cli.dataUnreadable(dataDir, unreadable.problem));
	const budgetMs = DEFAULT_REPORT_INDEX_BUDGET_MS;
	const { skipped, ...index } = indexReports(reports, createProgressBar(process.stderr), { budgetMs });
	for (const { report } of skipped)
		errors.push({
			file: files[reports.findIndex((r) => r.id === report)] ?? report,
			problem: messages.reports.overBudget(budgetMs),
		});
	for (const error of errors) process.stderr.write(terminalText(`skipped ${error.file}: ${error.problem}\n`));
	const loaded = loadRankerModel();
	if (!loaded.model) process.stderr.write(`${loaded.problem}: answering with the hand-tuned ranking\n`);
	return createFactdesk(index.corpus.reports, loaded.model ? { model: loaded.model } : {}, index);
}

async function ask(args: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args,
		options: {
			json: { type: 'boolean', default: false },
			data: { type: 'string', default: 'data/reports' },
			server: { type: 'string' },
		},
		allowPositionals: true,
	});
	const desk = await openDesk(values.data, values.server);
	const print = (question: string) => {
		const answer = desk.ask(question);
		process.stdout.write(
			values.json
				? `${JSON.stringify(toJsonAnswer(answer))}\n`
				: `${terminalText(formatAnswer(answer, desk.reports()))}\n`,
		);
	};
	if (positionals.length > 0) return print(positionals.join(' '));
	for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) print(line);
}

const cliDeps = { stdout: process.stdout, openDesk };
const commands: Record<string, (args: string[]) => Promise<void>> = {
	ask,
	summary: (args) => summaryCommand(args, cliDeps),
	facts: (args) => factsCommand(args, cliDeps),
	feedback: (args) => feedbackCommand(args, { stdout: process.stdout, env: process.env }),
	reports: (args) =>
		reportsCommand(args, {
			stdout: process.stdout,
			managed: (server) => openManagedReports(cliConfig(), server),
		}),
};

/** What `<command> --help` prints (and exits 0). */
const usages: Record<string, string> = {
	ask: messages.cli.askUsage,
	summary: messages.cli.summaryUsage,
	facts: messages.cli.factsUsage,
	feedback: messages.cli.feedbackUsage,
	reports: messages.cli.reportsUsage,
};

const [command = '', ...rest] = process.argv.slice(2);
const run = commands[command];
const wantsHelp = (args: string[]) => args.some((a) => a === '--help' || a === '-h');
if (!run && wantsHelp([command])) {
	process.stdout.write(`${messages.cli.commandsUsage(Object.keys(commands))}\n`);
	process.exit(0);
}
if (!run) {
	process.stderr.write(`${messages.cli.commandsUsage(Object.keys(commands))}\n`);
	process.exit(2);
}
if (wantsHelp(rest)) {
	process.stdout.write(`${usages[command]}\n`);
	process.exit(0);
}
run(rest).catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	// A refusal, a bad configuration or a database that cannot be used: 1; a bad command line: 2.
	const refused = error instanceof Refused || error instanceof ConfigError || error instanceof StorageError;
	process.exit(refused ? 1 : 2);
});
