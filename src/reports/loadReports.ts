import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import type { Report } from '../core/types.ts';
import { MAX_REPORT_BYTES, parseReport } from './parseReport.ts';
import { reportsText } from './reportsText.ts';

export interface ReportLoadError {
	file: string;
	problem: string;
}

export interface LoadedReports {
	reports: Report[];
	/** The file each report was read from, by the report's position in `reports`. */
	files: string[];
	errors: ReportLoadError[];
}

/** The files of a reports folder that are reports. */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md']);
const problems = reportsText;
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * Reads every .txt and .md file in `dir` (sorted by name); a bad file is reported and the others still load.
 * Only regular files are read, never more than the size limit: a pipe, device or socket is skipped without being
 * opened for long (a FIFO would block forever, /dev/zero never ends), and so is a link that leads out of the folder.
 */
export function loadReports(dir: string): LoadedReports {
	const reports: Report[] = [];
	const files: string[] = [];
	const errors: ReportLoadError[] = [];
	let names: string[];
	let folder: string;
	try {
		names = readdirSync(dir).sort();
		folder = realpathSync(dir);
	} catch (error) {
		return { reports, files, errors: [{ file: dir, problem: problems.folderUnreadable((error as Error).message) }] };
	}
	const seen = new Set<string>();
	for (const name of names) {
		if (!REPORT_EXTENSIONS.has(extname(name).toLowerCase())) continue;
		const file = join(dir, name);
		const result = loadReportFile(file, folder, seen);
		if ('problem' in result) errors.push({ file, problem: result.problem });
		else {
			seen.add(result.id);
			reports.push(result);
			files.push(file);
		}
	}
	return { reports, files, errors };
}

function loadReportFile(file: string, folder: string, seen: Set<string>): Report | { problem: string } {
	try {
		const id = reportIdFromFile(file);
		if (seen.has(id)) return { problem: problems.duplicateId(id) };
		const bytes = readRegularFile(file, folder);
		if ('problem' in bytes) return bytes;
		const parsed = parseReport(id, new TextDecoder('utf-8', { fatal: false }).decode(bytes));
		return parsed.ok ? parsed.report : { problem: parsed.problem };
	} catch (error) {
		return { problem: problems.unreadable((error as Error).message) };
	}
}

/**
 * The bytes of `file` when it is (or links to) a regular file inside `folder` and within the size limit. It is
 * opened without blocking and checked on the open descriptor, so a file swapped for a pipe meanwhile is refused
 * too, and reading stops once it passes the limit, so a file that grows while read is refused as too large.
 */
function readRegularFile(file: string, folder: string): Buffer | { problem: string } {
	const real = realpathSync(file);
	if (!real.startsWith(folder + sep)) return { problem: problems.linkOutside };
	const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { problem: problems.notRegular };
		if (stat.size > MAX_REPORT_BYTES) return { problem: problems.tooLarge(stat.size, MAX_REPORT_BYTES) };
		const chunks: Buffer[] = [];
		let length = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
			const read = readSync(fd, chunk, 0, chunk.length, null);
			if (read === 0) break;
			chunks.push(chunk.subarray(0, read));
			length += read;
			if (length > MAX_REPORT_BYTES) return { problem: problems.tooLarge(length, MAX_REPORT_BYTES) };
		}
		return Buffer.concat(chunks, length);
	} finally {
		closeSync(fd);
	}
}

/** "data/reports/Energy Truce.md" → "energy-truce". */
export function reportIdFromFile(file: string): string {
	const stem = basename(file, extname(file));
	return (
		stem
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'report'
	);
}
