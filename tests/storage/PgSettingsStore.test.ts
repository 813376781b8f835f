import { Client } from 'pg';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PgSettingsStore } from '../../src/storage/PgSettingsStore.ts';
import type { PgSettingsStoreOptions } from '../../src/storage/PgSettingsStoreOptions.ts';
import { MIGRATION_LOCK_KEY, pgMigrations } from '../../src/storage/pgMigrations.ts';
import { StorageError } from '../../src/storage/StorageError.ts';
import { startPostgresOrSkip } from './startPostgres.ts';

// PostgreSQL-only behaviour; what every backend does is in settingsStoreContract.ts.
const postgres = await startPostgresOrSkip();
const PASSWORD = 'pg-s3cret-Pa55word';
const opened: PgSettingsStore[] = [];

async function open(url: string, options: PgSettingsStoreOptions = {}): Promise<PgSettingsStore> {
	const store = await PgSettingsStore.open(url, options);
	opened.push(store);
	return store;
}
async function freshDatabase(): Promise<string> {
	if (!postgres) throw new Error('PostgreSQL is not running');
	return postgres.createDatabase();
}
async function sql<Row>(url: string, text: string): Promise<Row[]> {
	const client = new Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(text)).rows as Row[];
	} finally {
		await client.end();
	}
}
const withPassword = (url: string) => url.replace('postgresql://postgres@', `postgresql://postgres:${PASSWORD}@`);

afterEach(async () => {
	await Promise.all(opened.splice(0).map((store) => store.close()));
});
afterAll(async () => {
	await postgres?.stop();
});

describe.skipIf(!postgres)('PgSettingsStore on a real server', () => {
	it('GIVEN two stores (two pools, as two processes) writing at once THEN no write is lost', async () => {
		const url = await freshDatabase();
		const [a, b] = [await open(url), await open(url)];
		const write = async (store: PgSettingsStore, prefix: string) => {
			for (let i = 0; i < 150; i += 10) {
				await Promise.all(
					Array.from({ length: 10 }, async (_, j) => {
						await store.setChannelMode('guild', `${prefix}-${i + j}`, j % 2 ? 'auto' : 'mention');
						await store.logUnanswered('guild', `question ${prefix} ${i + j}`);
					}),
				);
			}
		};
		await Promise.all([write(a, 'a'), write(b, 'b')]);
		const reader = await open(url);
		expect(Object.keys((await reader.get('guild')).channels)).toHaveLength(300);
		expect(await reader.unanswered('guild', 1000)).toHaveLength(300);
	});

	it('GIVEN five stores opening a new database at once THEN each migration runs exactly once', async () => {
		const url = await freshDatabase();
		const stores = await Promise.all(Array.from({ length: 5 }, () => open(url)));
		await Promise.all(stores.map((store, i) => store.setThreshold(String(i), 0.5)));
		const applied = await sql<{ version: number }>(url, 'SELECT version FROM factdesk_migrations ORDER BY version');
		expect(applied.map((row) => row.version)).toEqual(pgMigrations.map((_, i) => i + 1));
	});

	it('GIVEN another process holding the migration lock THEN opening waits for it instead of migrating alongside', async () => {
		const url = await freshDatabase();
		const holder = new Client({ connectionString: url });
		await holder.connect();
		let done = false;
		let opening: Promise<PgSettingsStore>;
		try {
			await holder.query('BEGIN');
			await holder.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
			opening = open(url).then((store) => {
				done = true;
				return store;
			});
			// Until the opening store's connection is seen queued on the lock (pg_locks: an advisory lock not granted).
			const waitingOnLock = `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
			await vi.waitFor(async () => expect((await holder.query<{ n: number }>(waitingOnLock)).rows[0]?.n).toBe(1), {
				timeout: 10_000,
				interval: 20,
			});
			expect(done).toBe(false);
			await holder.query('COMMIT');
		} finally {
			await holder.end();
		}
		await (await opening).setThreshold('1', 0.4);
		expect(done).toBe(true);
	});

	it('GIVEN settings written THEN a store opened after the first closed sees them and migrates nothing', async () => {
		const url = await freshDatabase();
		const first = await open(url);
		await first.setChannelMode('1', '10', 'auto');
		await first.logUnanswered('1', 'Who?');
		await first.close();
		const second = await open(url);
		expect((await second.get('1')).channels).toEqual({ '10': 'auto' });
		expect(await second.unanswered('1')).toHaveLength(1);
		expect(await sql(url, 'SELECT version FROM factdesk_migrations')).toHaveLength(pgMigrations.length);
	});

	it('GIVEN the server restarts THEN a call while it is down rejects with a StorageError without the password, and the same store works again after', async () => {
		if (!postgres) throw new Error('PostgreSQL is not running');
		const url = withPassword(await freshDatabase());
		const store = await open(url, { connectionTimeoutMillis: 2000 });
		await store.setThreshold('1', 0.9);
		await postgres.restart(async () => {
			const failure = await store.get('1').catch((error: unknown) => error);
			expect(failure).toBeInstanceOf(StorageError);
			expect((failure as Error).message).toContain(url.replace(`:${PASSWORD}`, ''));
			expect((failure as Error).message).not.toContain(PASSWORD);
		});
		expect((await store.get('1')).threshold).toBe(0.9);
	});

	it('GIVEN a database from a newer version THEN it is refused, naming the database', async () => {
		const url = await freshDatabase();
		await (await open(url)).close();
		await sql(url, 'INSERT INTO factdesk_migrations (version) VALUES (99)');
		await expect(PgSettingsStore.open(url)).rejects.toThrow(/newer factdesk \(schema 99/);
	});

	it('GIVEN a database that does not exist THEN a StorageError names it without the password', async () => {
		const url = withPassword(`${(await freshDatabase()).replace(/\/[^/]+$/, '')}/no_such_db`);
		const failure = await PgSettingsStore.open(url).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(StorageError);
		expect((failure as Error).message).toMatch(/postgresql:\/\/postgres@127\.0\.0\.1:\d+\/no_such_db cannot be opened/);
		expect((failure as Error).message).not.toContain(PASSWORD);
	});
});

describe('PgSettingsStore without a server', () => {
	it('GIVEN nothing listening at the URL THEN open rejects with a StorageError naming it without the password', async () => {
		const url = `postgres://bot:${PASSWORD}@127.0.0.1:1/factdesk?password=${PASSWORD}`;
		const failure = await PgSettingsStore.open(url, { connectionTimeoutMillis: 2000 }).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(StorageError);
		expect((failure as Error).message).toContain('postgres://bot@127.0.0.1:1/factdesk');
		expect((failure as Error).message).not.toContain(PASSWORD);
	});
});
