import { FACT_KINDS, type FactKind } from '../core/types.ts';
import { consoleText } from './consoleText.ts';
import { formatFacts } from './formatFacts.ts';
import { toFactKind } from './parseChatCommand.ts';
import { parseCliOptions } from './parseCliOptions.ts';
import type { CliDeps } from './summaryCommand.ts';
import { terminalText } from './terminalText.ts';

/**
 * `facts [--kind KIND] [--about WORDS] [--report ID] [--json] [--data DIR]`: the facts, each cited, as text or as
 * one JSON line per fact (the core's Fact). Throws a readable Error on bad arguments.
 *
 * @example
 * await factsCommand(['--kind', 'count', '--json'], { stdout: process.stdout, openDesk });
 * // {"id":"…","kind":"count","text":"145 drones launched",…,"source":{"report":"energy-truce-strikes",…}}
 */
export async function factsCommand(args: string[], { stdout, openDesk }: CliDeps): Promise<void> {
	const values = parseCliOptions(
		args,
		{
			kind: { type: 'string' },
			about: { type: 'string' },
			report: { type: 'string' },
			json: { type: 'boolean', default: false },
			data: { type: 'string', default: 'data/reports' },
			server: { type: 'string' },
		},
		consoleText.cli.factsUsage,
	);
	const kind = values.kind === undefined ? undefined : toKind(values.kind);
	const desk = await openDesk(values.data, values.server);
	const about = values.about?.trim();
	const facts = desk.facts({
		...(kind ? { kind } : {}),
		...(about ? { about } : {}),
		...(values.report ? { report: values.report } : {}),
	});
	if (values.json) {
		stdout.write(facts.map((fact) => `${JSON.stringify(fact)}\n`).join(''));
		return;
	}
	stdout.write(`${terminalText(formatFacts(facts, desk.reports()))}\n`);
}

function toKind(value: string): FactKind {
	const kind = toFactKind(value);
	if (!kind) throw new Error(`${consoleText.cli.badKind(value, FACT_KINDS)}\n${consoleText.cli.factsUsage}`);
	return kind;
}
