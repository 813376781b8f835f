import { existsSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ReportInfo } from '../../core/types.ts';
import { loadReports, reportIdFromFile } from '../loadReports.ts';

const REPORT_FILE = new Set(['.txt', '.md']);

/** The shared reports (the files in REPORTS_DIR), as lists show them. */
export function sharedReportInfos(dir: string): ReportInfo[] {
	return loadReports(dir).reports.map(({ paragraphs, ...meta }) => ({ ...meta, paragraphs: paragraphs.length }));
}

/**
 * Writes a report into the shared folder as `<id>.md` (atomically; the bot's watcher reloads it); true when it
 * replaced a file of that name.
 *
 * @example
 * writeSharedReport('data/reports', 'dock-strike', '---\ntitle: Dock strike\n---\nText.');
 */
export function writeSharedReport(dir: string, id: string, body: string): boolean {
	const file = join(dir, `${id}.md`);
	const replaced = existsSync(file);
	const temporary = join(dir, `.${id}.${process.pid}.tmp`);
	writeFileSync(temporary, body.endsWith('\n') ? body : `${body}\n`);
	renameSync(temporary, file);
	return replaced;
}

/** Deletes the shared report file with that id; false when there is none. */
export function removeSharedReport(dir: string, id: string): boolean {
	const name = readdirSync(dir).find((n) => REPORT_FILE.has(extname(n).toLowerCase()) && reportIdFromFile(n) === id);
	if (!name) return false;
	unlinkSync(join(dir, name));
	return true;
}
