import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from '../ConfigError.ts';
import { composeDesk } from '../compose/composeDesk.ts';
import { loadConfig } from '../config.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import type { Answer } from '../core/types.ts';
import { type Environment, readEnvironment } from '../readEnvironment.ts';
import { StorageError } from '../storage/StorageError.ts';
import { consoleText } from './consoleText.ts';
import { createProgressBar } from './createProgressBar.ts';
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

/** What the CLI runs with: its streams and the environment (the bot's configuration is read from it and .env). */
export interface CliIo {
	stdin: NodeJS.ReadableStream;
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	env: Environment;
}

/**
 * The engine over the reports in `dataDir` (and a server's own, with `server`), built by the composition root like
 * the bot's, from the index cache when the reports are unchanged; bad files are named on stderr. Throws (exit code
 * 2) when the folder cannot be read: missing, a file, /dev/null.
 */
async function openDesk(io: CliIo, dataDir: string, server?: string): Promise<Factdesk> {
	const warn = (message: string) => io.stderr.write(terminalText(`${message}\n`));
	const loaded = await composeDesk(configOf(io), dataDir, server, warn, createProgressBar(io.stderr));
	const unreadable = loaded.reports === 0 ? loaded.errors.find((e) => e.file === dataDir) : undefined;
	if (unreadable) throw new Error(consoleText.cli.dataUnreadable(dataDir, unreadable.problem));
	for (const error of loaded.errors) warn(`skipped ${error.file}: ${error.problem}`);
	if (loaded.cacheError) warn(loaded.cacheError);
	return loaded.factdesk;
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

/** The configuration as the bot reads it, from the CLI's environment and .env; a bad value throws ConfigError. */
function configOf(io: CliIo) {
	return loadConfig(readEnvironment('.env', io.env));
}

function commandsOf(io: CliIo): Record<string, (args: string[]) => Promise<void>> {
	const cliDeps = { stdout: io.stdout, openDesk: (dataDir: string, server?: string) => openDesk(io, dataDir, server) };
	return {
		ask: (args) => ask(args, io),
		summary: (args) => summaryCommand(args, cliDeps),
		facts: (args) => factsCommand(args, cliDeps),
		// The database and fetching modules load only for the commands that use them, so `ask` starts fast.
		feedback: async (args) => {
			const { feedbackCommand } = await import('./feedbackCommand.ts');
			return feedbackCommand(args, { stdout: io.stdout, env: io.env });
		},
		reports: async (args) => {
			const { openManagedReports } = await import('./openManagedReports.ts');
			return reportsCommand(args, { stdout: io.stdout, managed: (server) => openManagedReports(configOf(io), server) });
		},
	};
}

/** What `<command> --help` prints (and exits 0). */
const usages: Record<string, string> = {
	ask: consoleText.cli.askUsage,
	summary: consoleText.cli.summaryUsage,
	facts: consoleText.cli.factsUsage,
	feedback: consoleText.cli.feedbackUsage,
	reports: consoleText.cli.reportsUsage,
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
		io.stdout.write(`${consoleText.cli.commandsUsage(Object.keys(commands))}\n`);
		return 0;
	}
	if (!run) {
		io.stderr.write(`${consoleText.cli.commandsUsage(Object.keys(commands))}\n`);
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
