import type { GuildReportStore } from './GuildReportStore.ts';
import type { SettingsStoreLocation } from './openSettingsStore.ts';
import { PgGuildReportStore } from './PgGuildReportStore.ts';
import { SqliteGuildReportStore } from './SqliteGuildReportStore.ts';

/**
 * The servers' reports, in the database the settings use: PostgreSQL when a URL is set, else the SQLite file.
 *
 * @example
 * const store = await openGuildReportStore({ databasePath: 'data/factdesk.sqlite' });
 */
export async function openGuildReportStore(location: SettingsStoreLocation): Promise<GuildReportStore> {
	if (location.databaseUrl) return PgGuildReportStore.open(location.databaseUrl);
	return new SqliteGuildReportStore(location.databasePath);
}
