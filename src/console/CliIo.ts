import type { Environment } from '../readEnvironment.ts';

/** What the CLI runs with: its streams and the environment (the bot's configuration is read from it and .env). */
export interface CliIo {
	stdin: NodeJS.ReadableStream;
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
	env: Environment;
}
