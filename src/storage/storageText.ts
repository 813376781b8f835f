/**
 * What the storage layer says: problems with the settings database, shown to whoever runs the bot (the file is
 * never overwritten), and a threshold a store refuses.
 */
export const storageText = {
	notSqlite: (path: string) =>
		`The settings database ${path} is not a SQLite database. It was left untouched: move it away or set DATABASE_PATH to another file.`,
	corrupt: (path: string, detail: string) =>
		`The settings database ${path} is damaged (${detail}). It was left untouched: restore a backup or set DATABASE_PATH to another file.`,
	newerSchema: (path: string, found: number, known: number) =>
		`The settings database ${path} was written by a newer factdesk (schema ${found}; this one knows up to ${known}).`,
	isFolder: 'it is a folder; DATABASE_PATH must name a file',
	cannotOpen: (path: string, detail: string) => `The settings database ${path} cannot be opened: ${detail}`,
	failed: (database: string, detail: string) => `The settings database ${database} failed: ${detail}`,
	thresholdOutOfRange: 'The threshold must be a number from 0 to 1, e.g. 0.6.',
} as const;
