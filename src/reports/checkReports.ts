/**
 * `npm run check:data -- [DIR]`: checks every report in a folder (default data/reports) with the loader itself
 * (size, text, front matter, the report schema) and exits 1 naming each bad file, 0 when all load.
 */
import { loadReports } from './loadReports.ts';

/** The lines to print for a folder's reports and the exit code: 1 when any file cannot be loaded. */
export function checkReports(dir: string): { lines: string[]; code: number } {
	const { reports, errors } = loadReports(dir);
	const lines = [
		...errors.map((e) => `bad: ${e.file}: ${e.problem}`),
		`${reports.length} report(s) load from ${dir}; ${errors.length} cannot be used`,
	];
	return { lines, code: errors.length > 0 ? 1 : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { lines, code } = checkReports(process.argv[2] ?? 'data/reports');
	for (const line of lines) (code ? process.stderr : process.stdout).write(`${line}\n`);
	process.exit(code);
}
