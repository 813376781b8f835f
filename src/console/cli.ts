import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { composeDesk } from '../compose/composeDesk.ts';
import { ConfigError, loadConfig } from '../config.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import type { Answer } from '../core/types.ts';
import { StorageError } from '../storage/StorageError.ts';
import { consoleText } from './consoleText.ts';
import { factsCommand } from './factsCommand.ts';
import { formatAnswer } from './formatAnswer.ts';
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
 * The engine over the reports in `dataDir` (and a server's own, with `server`), built by the composition root like
 * the bot's, from the index cache when the reports are unchanged; bad files are named on stderr. Throws (exit code
 * 2) when the folder cannot be read: missing, a file, /dev/null.
 */
async function openDesk(dataDir: string, server?: string): Promise<Factdesk> {
	const warn = (message: string) => process.stderr.write(terminalText(`${message}\n`));
	const loaded = await composeDesk(loadConfig(), dataDir, server, warn);
	const unreadable = loaded.reports === 0 ? loaded.errors.find((e) => e.file === dataDir) : undefined;
	if (unreadable) throw new Error(consoleText.cli.dataUnreadable(dataDir, unreadable.problem));
	for (const error of loaded.errors) warn(`skipped ${error.file}: ${error.problem}`);
	if (loaded.cacheError) warn(loaded.cacheError);
	return loaded.factdesk;
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
	// The database and fetching modules load only for the commands that use them, so `ask` starts fast.
	feedback: async (args) => {
		const { feedbackCommand } = await import('./feedbackCommand.ts');
		return feedbackCommand(args, { stdout: process.stdout, env: process.env });
	},
	reports: async (args) => {
		const { openManagedReports } = await import('./openManagedReports.ts');
		return reportsCommand(args, {
			stdout: process.stdout,
			managed: (server) => openManagedReports(loadConfig(), server),
		});
	},
};

/** What `<command> --help` prints (and exits 0). */
const usages: Record<string, string> = {
	ask: consoleText.cli.askUsage,
	summary: consoleText.cli.summaryUsage,
	facts: consoleText.cli.factsUsage,
	feedback: consoleText.cli.feedbackUsage,
	reports: consoleText.cli.reportsUsage,
};

const [command = '', ...rest] = process.argv.slice(2);
const run = commands[command];
const wantsHelp = (args: string[]) => args.some((a) => a === '--help' || a === '-h');
if (!run && wantsHelp([command])) {
	process.stdout.write(`${consoleText.cli.commandsUsage(Object.keys(commands))}\n`);
	process.exit(0);
}
if (!run) {
	process.stderr.write(`${consoleText.cli.commandsUsage(Object.keys(commands))}\n`);
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
