/**
 * Why a report file was skipped, shown to whoever runs the bot (logs, /config reload, the CLI).
 */
export const reportsText = {
	folderUnreadable: (detail: string) => `the folder cannot be read (${detail})`,
	tooLarge: (size: number, limit: number) => `it is too large (${size} bytes; the limit is ${limit})`,
	duplicateId: (id: string) => `another file already has the report id "${id}"`,
	unreadable: (detail: string) => `it cannot be read (${detail})`,
	urlNotWeb: 'the link must be an http:// or https:// address',
	notADate: 'published must be a date, e.g. 2026-03-02',
	urlTooLong: (max: number) => `the link must be at most ${max} characters`,
	notRegular: 'it is not a regular file (a folder, device, pipe or socket); only regular files are read',
	linkOutside: 'it is a link to a file outside the reports folder; only files inside it are read',
	overBudget: (ms: number) =>
		`indexing it took longer than ${ms} ms (REPORT_INDEX_BUDGET_MS), so it was skipped; split it into smaller reports`,
} as const;
