import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Report } from '../core/types.ts';
import { MAX_REPORT_BYTES, parseReport } from './parseReport.ts';

export interface ReportLoadError {
	file: string;
	problem: string;
}

export interface LoadedReports {
	reports: Report[];
	errors: ReportLoadError[];
}

const REPORT_EXTENSIONS = new Set(['.txt', '.md']);

/** Reads every .txt and .md file in `dir` (sorted by name); a bad file is reported and the others still load. */
export function loadReports(dir: string): LoadedReports {
	const reports: Report[] = [];
	const errors: ReportLoadError[] = [];
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch (error) {
		return { reports, errors: [{ file: dir, problem: `the folder cannot be read (${(error as Error).message})` }] };
	}
	const seen = new Set<string>();
	for (const name of names) {
		if (!REPORT_EXTENSIONS.has(extname(name).toLowerCase())) continue;
		const file = join(dir, name);
		const result = loadReportFile(file, seen);
		if ('problem' in result) errors.push({ file, problem: result.problem });
		else {
			seen.add(result.id);
			reports.push(result);
		}
	}
	return { reports, errors };
}

function loadReportFile(file: string, seen: Set<string>): Report | { problem: string } {
	try {
		const size = statSync(file).size;
		if (size > MAX_REPORT_BYTES)
			return { problem: `it is too large (${size} bytes; the limit is ${MAX_REPORT_BYTES})` };
		const id = reportIdFromFile(file);
		if (seen.has(id)) return { problem: `another file already has the report id "${id}"` };
		const bytes = readFileSync(file);
		const parsed = parseReport(id, new TextDecoder('utf-8', { fatal: false }).decode(bytes));
		return parsed.ok ? parsed.report : { problem: parsed.problem };
	} catch (error) {
		return { problem: `it cannot be read (${(error as Error).message})` };
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
