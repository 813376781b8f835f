import { type ParseArgsConfig, parseArgs } from 'node:util';
import { consoleText } from './consoleText.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` with no positionals, whose errors read as one sentence followed by the usage line.
 *
 * @example
 * parseCliOptions(['--json'], { json: { type: 'boolean' } }, consoleText.cli.factsUsage); // { json: true }
 * parseCliOptions(['--nope'], { json: { type: 'boolean' } }, usage); // throws "Unknown option '--nope'…\nusage: …"
 */
export function parseCliOptions<T extends Options>(args: string[], options: T, usage: string) {
	try {
		return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
	} catch (error) {
		const message = (error as Error).message;
		const positional = /^Unexpected argument '([^']*)'/.exec(message)?.[1];
		throw new Error(`${positional === undefined ? message : consoleText.cli.unexpected(positional)}\n${usage}`);
	}
}
