import type { AsyncSettingsStore } from './AsyncSettingsStore.ts';
import { asyncSqliteStore } from './asyncSqliteStore.ts';
import { PgSettingsStore } from './PgSettingsStore.ts';
import { SqliteSettingsStore, type SqliteSettingsStoreOptions } from './SqliteSettingsStore.ts';

export interface SettingsStoreLocation {
	/** PostgreSQL URL (DATABASE_URL); when set it wins over databasePath. */
	databaseUrl?: string;
	/** SQLite file (DATABASE_PATH), used when databaseUrl is not set. */
	databasePath: string;
}

/**
 * Opens the settings store the configuration names: PostgreSQL when a database URL is set, else the SQLite file.
 * Rejects with a StorageError naming the database (never its password) when it cannot be used.
 *
 * @example
 * const store = await openSettingsStore({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
 */
export async function openSettingsStore(
	location: SettingsStoreLocation,
	options: SqliteSettingsStoreOptions = {},
): Promise<AsyncSettingsStore> {
	if (location.databaseUrl) return PgSettingsStore.open(location.databaseUrl, options);
	return asyncSqliteStore(new SqliteSettingsStore(location.databasePath, options));
}
