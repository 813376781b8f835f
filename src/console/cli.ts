import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, DEFAULT_REPORT_INDEX_BUDGET_MS, type Environment } from '../config.ts';
import { createFactdesk } from '../core/createFactdesk.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import { indexReports } from '../core/indexReports.ts';
import { messages } from '../core/messages.ts';
import type { Answer } from '../core/types.ts';
import { loadRankerModel } from '../reports/loadRankerModel.ts';
import { loadReports } from '../reports/loadReports.ts';
import { StorageError } from '../storage/StorageError.ts';
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

/** What the CLI runs with: its streams and the environment (the bot's configuration is read from it and .env). */
export interface CliIo {
	stdin: NodeJS.ReadableStream;
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	env: Environment;
}

/**
 * The core over the reports in `dataDir`, each indexed within the default budget; bad files are named on stderr.
 * Throws (exit code 2) when the folder cannot be read: missing, a file, /dev/null.
 */
async function openDesk(io: CliIo, dataDir: string, server?: string): Promise<Factdesk> {
	const loadedReports = loadReports(dataDir);
	const { files, errors } = loadedReports;
	// With --server: that server's own reports from the bot's database too, as the bot answers in that server.
	const reports = server
		? [...loadedReports.reports, ...(await serverReports(cliConfig(io.env), server))]
		: loadedReports.reports;
	const unreadable = errors.find((e) => e.file === dataDir && reports.length === 0);
	if (unreadable) throw new Error(messages.cli.dataUnreadable(dataDir, unreadable.problem));
	const budgetMs = DEFAULT_REPORT_INDEX_BUDGET_MS;
	const { skipped, ...index } = indexReports(reports, undefined, { budgetMs });
	for (const { report } of skipped)
		errors.push({
			file: files[reports.findIndex((r) => r.id === report)] ?? report,
			problem: messages.reports.overBudget(budgetMs),
		});
	for (const error of errors) io.stderr.write(terminalText(`skipped ${error.file}: ${error.problem}\n`));
	const loaded = loadRankerModel();
	if (!loaded.model) io.stderr.write(`${loaded.problem}: answering with the hand-tuned ranking\n`);
	return createFactdesk(index.corpus.reports, loaded.model ? { model: loaded.model } : {}, index);
}

async function ask(args: string[], io: CliIo): Promise<void> {
	const { values, positionals } = parseArgs({
		args,
		options: {
			json: { type: 'boolean', default: false },
			data: { type: 'string', default: 'data/reports' },
			server: { type: 'string' },
		},
		allowPositionals: true,
	});
	const desk = await openDesk(io, values.data, values.server);
	const print = (question: string) => {
		const answer = desk.ask(question);
		io.stdout.write(
			values.json
				? `${JSON.stringify(toJsonAnswer(answer))}\n`
				: `${terminalText(formatAnswer(answer, desk.reports()))}\n`,
		);
	};
	if (positionals.length > 0) return print(positionals.join(' '));
	for await (const line of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) print(line);
}

function commandsOf(io: CliIo): Record<string, (args: string[]) => Promise<void>> {
	const cliDeps = { stdout: io.stdout, openDesk: (dataDir: string, server?: string) => openDesk(io, dataDir, server) };
	return {
		ask: (args) => ask(args, io),
		summary: (args) => summaryCommand(args, cliDeps),
		facts: (args) => factsCommand(args, cliDeps),
		feedback: (args) => feedbackCommand(args, { stdout: io.stdout, env: io.env }),
		reports: (args) =>
			reportsCommand(args, {
				stdout: io.stdout,
				managed: (server) => openManagedReports(cliConfig(io.env), server),
			}),
	};
}

/** What `<command> --help` prints (and exits 0). */
const usages: Record<string, string> = {
	ask: messages.cli.askUsage,
	summary: messages.cli.summaryUsage,
	facts: messages.cli.factsUsage,
	feedback: messages.cli.feedbackUsage,
	reports: messages.cli.reportsUsage,
};

const wantsHelp = (args: string[]) => args.some((a) => a === '--help' || a === '-h');

/**
 * Runs one CLI command line (`ask|summary|facts|feedback|reports …`) and resolves to its exit code: 0, 1 for a
 * refusal, a bad configuration or a database that cannot be used, 2 for a bad command line. The process entry at
 * the end of this file is the only caller that exits; tests run it in-process with their own streams.
 *
 * @example
 * process.exitCode = await runCli(['ask', '--json', 'How many drones?'], { stdin, stdout, stderr, env: process.env });
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
	const commands = commandsOf(io);
	const [command = '', ...rest] = argv;
	const run = commands[command];
	if (!run && wantsHelp([command])) {
		io.stdout.write(`${messages.cli.commandsUsage(Object.keys(commands))}\n`);
		return 0;
	}
	if (!run) {
		io.stderr.write(`${messages.cli.commandsUsage(Object.keys(commands))}\n`);
		return 2;
	}
	if (wantsHelp(rest)) {
		io.stdout.write(`${usages[command]}\n`);
		return 0;
	}
	try {
		await run(rest);
		return 0;
	} catch (error) {
		io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		// A refusal, a bad configuration or a database that cannot be used: 1; a bad command line: 2.
		const refused = error instanceof Refused || error instanceof ConfigError || error instanceof StorageError;
		return refused ? 1 : 2;
	}
}

/** Whether this module is the program being run (`node dist/console/cli.js`), not imported. */
function isEntry(): boolean {
	const script = process.argv[1];
	if (!script) return false;
	try {
		return import.meta.url === pathToFileURL(realpathSync(script)).href;
	} catch {
		return false;
	}
}

if (isEntry()) {
	const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
	const code = await runCli(process.argv.slice(2), io);
	// A failure exits at once, as before (an open pool or agent must not keep it waiting); success ends on its own.
	if (code !== 0) process.exit(code);
}
