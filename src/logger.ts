import { Writable } from 'node:stream';
import { type DestinationStream, type Logger, pino } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './logLevels.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
	/** Where log lines go; standard error by default, since standard output belongs to the CLI. */
	destination?: DestinationStream | NodeJS.WritableStream;
	/** Values that must never appear in a log line (the bot token); each is replaced wherever it occurs. */
	secrets?: readonly (string | undefined)[];
	/** Human-readable lines (pino-pretty) instead of JSON; main.ts sets it when standard error is a terminal. */
	pretty?: boolean;
}

const REDACTED_PATHS = [
	'token',
	'discordToken',
	'authorization',
	'password',
	'secret',
	'*.token',
	'*.discordToken',
	'*.authorization',
	'*.Authorization',
	'*.password',
	'*.secret',
	'headers.authorization',
	'headers.Authorization',
	'*.headers.authorization',
	'*.headers.Authorization',
];

/**
 * A pino logger writing JSON lines (or, with `pretty`, pino-pretty's lines) to standard error, with token-like fields redacted and known secrets scrubbed.
 *
 * @example
 * const logger = createLogger('info', { secrets: [config.discordToken] });
 * logger.info({ file: 'a.md' }, 'report skipped'); // {"level":30,...,"file":"a.md","msg":"report skipped"} on stderr
 */
export function createLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
	const target =
		options.destination ??
		(options.pretty ? pretty({ destination: 2, sync: true }) : pino.destination({ fd: 2, sync: true }));
	const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 4);
	const destination = secrets.length ? scrubbing(target, secrets) : target;
	return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination as DestinationStream);
}

function scrubbing(target: DestinationStream | NodeJS.WritableStream, secrets: readonly string[]): DestinationStream {
	return new Writable({
		write(chunk: Buffer | string, _encoding, callback) {
			let line = chunk.toString();
			for (const secret of secrets) line = line.split(secret).join('[redacted]');
			target.write(line);
			callback();
		},
	});
}
