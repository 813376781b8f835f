import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { CliIo } from './CliIo.ts';
import { formatAnswer } from './formatAnswer.ts';
import { openDesk } from './openDesk.ts';
import { terminalText } from './terminalText.ts';
import { toJsonAnswer } from './toJsonAnswer.ts';

/**
 * `ask [--json] [--data dir] [--server id] [question…]`: answers the question on the command line, or each line
 * of stdin when there is none, as text or (with --json) as one JSON answer a line.
 *
 * @example
 * await askCommand(['--json', 'How many drones were shot down?'], io);
 */
export async function askCommand(args: string[], io: CliIo): Promise<void> {
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
