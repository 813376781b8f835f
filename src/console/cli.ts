import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../ConfigError.ts';
import { StorageError } from '../storage/StorageError.ts';
import { askCommand } from './askCommand.ts';
import type { CliIo } from './CliIo.ts';
import { consoleText } from './consoleText.ts';
import { factsCommand } from './factsCommand.ts';
import { configOf, openDesk } from './openDesk.ts';
import { Refused, reportsCommand } from './reportsCommand.ts';
import { summaryCommand } from './summaryCommand.ts';

function commandsOf(io: CliIo): Record<string, (args: string[]) => Promise<void>> {
	const cliDeps = { stdout: io.stdout, openDesk: (dataDir: string, server?: string) => openDesk(io, dataDir, server) };
	return {
		ask: (args) => askCommand(args, io),
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
