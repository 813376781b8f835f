import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ReportRefused } from '../reports/fetch/ReportRefused.ts';
import type { AddedReport, ListedReport, ManagedReports } from '../reports/managed/ManagedReports.ts';
import type { ReportInput } from '../reports/managed/prepareReport.ts';
import { MAX_REPORT_BYTES } from '../reports/parseReport.ts';
import { consoleText } from './consoleText.ts';
import { terminalText } from './terminalText.ts';

/** Who the CLI records as having added a report. */
export const CLI_USER = 'cli';

export interface ReportsCommandDeps {
	stdout: NodeJS.WritableStream;
	/** The servers' reports over the configured database and the shared folder (`shared` stands for the folder). */
	managed: (server: string | undefined) => Promise<{ reports: ManagedReports; close(): Promise<void> }>;
}

/** A refusal the operator can act on: the CLI prints it and exits 1. */
export class Refused extends Error {}

/**
 * `reports add PATH|URL [--server ID]`, `reports list [--server ID] [--json]`, `reports remove REPORT_ID [--server ID]`:
 * the same adds, lists and removals as /reports in that server (or, without --server, the shared folder).
 *
 * @example
 * await reportsCommand(['add', 'https://news.example/strike', '--server', '123'], deps);
 */
export async function reportsCommand(args: string[], deps: ReportsCommandDeps): Promise<void> {
	let parsed: ReturnType<typeof parse>;
	try {
		parsed = parse(args);
	} catch (error) {
		throw new Error(`${(error as Error).message}\n${consoleText.cli.reportsUsage}`);
	}
	const { values, positionals } = parsed;
	const [action, target, ...extra] = positionals;
	const needsTarget = action === 'add' || action === 'remove';
	if (!['add', 'list', 'remove'].includes(action ?? '') || (needsTarget ? !target || extra.length : target))
		throw new Error(consoleText.cli.reportsUsage);
	const { reports, close } = await deps.managed(values.server);
	try {
		if (action === 'list') return print(deps.stdout, await reports.list(values.server), values.json === true);
		if (action === 'remove') {
			if (!(await reports.remove(values.server ?? '', target ?? '')))
				throw new Refused(consoleText.managed.notFound(target ?? ''));
			deps.stdout.write(`${consoleText.managed.removed(target ?? '')}\n`);
			return;
		}
		const added = await reports.add(values.server ?? '', inputOf(target ?? ''), CLI_USER).catch((error: unknown) => {
			if (error instanceof ReportRefused)
				throw new Refused(
					consoleText.managed.refusedLine(target ?? '', consoleText.managed.refused[error.reason](error.detail)),
				);
			throw error;
		});
		deps.stdout.write(`${terminalText(describeAdded(added))}\n`);
	} finally {
		await close();
	}
}

function parse(args: string[]) {
	return parseArgs({
		args,
		options: { server: { type: 'string' }, json: { type: 'boolean', default: false } },
		allowPositionals: true,
		strict: true,
	});
}

/** A link, or a file on this machine (read within the size limit). */
export function inputOf(target: string): ReportInput {
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return { kind: 'url', url: target };
	try {
		const size = statSync(target).size;
		if (size > MAX_REPORT_BYTES) throw new ReportRefused('tooLarge', String(MAX_REPORT_BYTES));
		return { kind: 'file', name: basename(target), text: readFileSync(target, 'utf8') };
	} catch (error) {
		if (error instanceof ReportRefused) throw error;
		throw new Refused(consoleText.managed.unreadable(target, (error as Error).message));
	}
}

/** What an add understood, in plain text (the console chat says the same). */
export function describeAdded(added: AddedReport): string {
	const m = consoleText.managed;
	return [
		m.added(added.title, added.reportId, added.replaced),
		m.details(added.outlet ?? m.unknown, added.published?.slice(0, 10) ?? m.unknown, added.paragraphs),
		...(added.url ? [added.url] : []),
		m.firstSentence(added.firstSentence),
	].join('\n');
}

function print(stdout: NodeJS.WritableStream, listed: ListedReport[], json: boolean): void {
	if (json) {
		stdout.write(listed.map((r) => `${JSON.stringify(r)}\n`).join(''));
		return;
	}
	if (listed.length === 0) {
		stdout.write(`${consoleText.managed.none}\n`);
		return;
	}
	const lines = listed.map((r) => {
		const source = [r.outlet, r.published?.slice(0, 10)].filter(Boolean).join(', ') || consoleText.managed.unknown;
		return consoleText.managed.listLine(r.id, r.title, r.scope, source, r.paragraphs);
	});
	stdout.write(`${terminalText(lines.join('\n'))}\n`);
}
