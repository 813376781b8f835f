import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/console/cli.ts';

/** What one CLI command line did: its exit code and everything it wrote. */
export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** A stream that keeps what is written to it. */
function collector(): { stream: Writable; text: () => string } {
	const chunks: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			chunks.push(chunk.toString());
			done();
		},
	});
	return { stream, text: () => chunks.join('') };
}

/**
 * The CLI in this process, as `node dist/console/cli.js ...args` would run with `stdin` piped in and `env` as its
 * environment (default this process's): its exit code, stdout and stderr.
 *
 * @example
 * const { code, stdout } = await runCliHere(['facts', '--json']);
 */
export async function runCliHere(
	args: string[],
	options: { stdin?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
	const stdout = collector();
	const stderr = collector();
	const code = await runCli(args, {
		stdin: Readable.from([options.stdin ?? '']),
		stdout: stdout.stream,
		stderr: stderr.stream,
		env: options.env ?? process.env,
	});
	return { code, stdout: stdout.text(), stderr: stderr.text() };
}
