/**
 * The settings database cannot be used as it is (not a SQLite file, corrupt, from a newer version, unreadable).
 * Its message names the file; the file itself is left untouched.
 *
 * @example
 * throw new StorageError(storageText.notSqlite('data/factdesk.sqlite'));
 */
export class StorageError extends Error {
	override readonly name = 'StorageError';
}
