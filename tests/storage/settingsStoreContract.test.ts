import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { asyncSqliteStore } from '../../src/storage/asyncSqliteStore.ts';
import { PgGuildReportStore } from '../../src/storage/PgGuildReportStore.ts';
import { PgSettingsStore } from '../../src/storage/PgSettingsStore.ts';
import { SqliteGuildReportStore } from '../../src/storage/SqliteGuildReportStore.ts';
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';
import { describeGuildReportStore } from './guildReportStoreContract.ts';
import { describeSettingsStore } from './settingsStoreContract.ts';
import { startPostgresOrSkip } from './startPostgres.ts';

// One suite, both backends: SQLite through the async adapter, PostgreSQL on a throwaway local server.
const dir = mkdtempSync(join(tmpdir(), 'factdesk-contract-'));
const postgres = await startPostgresOrSkip();
afterAll(async () => {
	await postgres?.stop();
	rmSync(dir, { recursive: true, force: true });
});

let files = 0;
describeSettingsStore('SQLite', async () => {
	const path = join(dir, `settings-${++files}.sqlite`);
	return async (options) => asyncSqliteStore(new SqliteSettingsStore(path, options));
});

describeGuildReportStore('SQLite', async () => {
	const path = join(dir, `reports-${++files}.sqlite`);
	return async () => new SqliteGuildReportStore(path);
});

describe.skipIf(!postgres)('PostgreSQL backend', () => {
	describeGuildReportStore('PostgreSQL', async () => {
		if (!postgres) throw new Error('PostgreSQL is not running');
		const url = await postgres.createDatabase();
		return () => PgGuildReportStore.open(url);
	});

	describeSettingsStore('PostgreSQL', async () => {
		if (!postgres) throw new Error('PostgreSQL is not running');
		const url = await postgres.createDatabase();
		return (options) => PgSettingsStore.open(url, options);
	});
});
