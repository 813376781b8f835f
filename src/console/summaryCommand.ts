import type { Factdesk } from '../core/Factdesk.ts';
import { SUMMARY_LENGTHS, type SummaryLength } from '../core/types.ts';
import { consoleText } from './consoleText.ts';
import { formatSummary } from './formatSummary.ts';
import { parseCliOptions } from './parseCliOptions.ts';
import { terminalText } from './terminalText.ts';

export interface CliDeps {
	stdout: NodeJS.WritableStream;
	/** Loads the reports in a folder (and a server's own, with `server`; bad files on stderr) and builds the core. */
	openDesk: (dataDir: string, server?: string) => Promise<Factdesk>;
}

/**
 * `summary [--length short|medium|long] [--topic T] [--report ID] [--json] [--data DIR]`: a cited summary on stdout,
 * as text or as one JSON line (the core's Summary). Throws a readable Error on bad arguments or an unknown report.
 *
 * @example
 * await summaryCommand(['--length', 'short', '--json'], { stdout: process.stdout, openDesk });
 * // {"report":"energy-truce-strikes","title":"Energy truce strikes","length":"short","sentences":[…]}
 */
export async function summaryCommand(args: string[], { stdout, openDesk }: CliDeps): Promise<void> {
	const values = parseCliOptions(
		args,
		{
			length: { type: 'string' },
			topic: { type: 'string' },
			report: { type: 'string' },
			json: { type: 'boolean', default: false },
			data: { type: 'string', default: 'data/reports' },
			server: { type: 'string' },
		},
		consoleText.cli.summaryUsage,
	);
	const length = values.length === undefined ? undefined : toLength(values.length);
	const desk = await openDesk(values.data, values.server);
	const topic = values.topic?.trim();
	const summary = desk.summarise({
		...(length ? { length } : {}),
		...(topic ? { topic } : {}),
		...(values.report ? { report: values.report } : {}),
	});
	stdout.write(
		values.json ? `${JSON.stringify(summary)}\n` : `${terminalText(formatSummary(summary, desk.reports()))}\n`,
	);
}

function toLength(value: string): SummaryLength {
	const length = SUMMARY_LENGTHS.find((l) => l === value.toLowerCase());
	if (!length) throw new Error(`${consoleText.cli.badLength(value)}\n${consoleText.cli.summaryUsage}`);
	return length;
}
