import { composeDesk } from '../compose/composeDesk.ts';
import { loadConfig } from '../config.ts';
import type { Factdesk } from '../core/Factdesk.ts';
import { readEnvironment } from '../readEnvironment.ts';
import type { CliIo } from './CliIo.ts';
import { consoleText } from './consoleText.ts';
import { createProgressBar } from './createProgressBar.ts';
import { terminalText } from './terminalText.ts';

/**
 * The engine over the reports in `dataDir` (and a server's own, with `server`), built by the composition root like
 * the bot's, from the index cache when the reports are unchanged; bad files are named on stderr. Throws (exit code
 * 2) when the folder cannot be read: missing, a file, /dev/null.
 */
export async function openDesk(io: CliIo, dataDir: string, server?: string): Promise<Factdesk> {
	const warn = (message: string) => io.stderr.write(terminalText(`${message}\n`));
	const loaded = await composeDesk(configOf(io), dataDir, server, warn, createProgressBar(io.stderr));
	const unreadable = loaded.reports === 0 ? loaded.errors.find((e) => e.file === dataDir) : undefined;
	if (unreadable) throw new Error(consoleText.cli.dataUnreadable(dataDir, unreadable.problem));
	for (const error of loaded.errors) warn(`skipped ${error.file}: ${error.problem}`);
	if (loaded.cacheError) warn(loaded.cacheError);
	return loaded.factdesk;
}

/** The configuration as the bot reads it, from the CLI's environment and .env; a bad value throws ConfigError. */
export function configOf(io: CliIo) {
	return loadConfig(readEnvironment('.env', io.env));
}
