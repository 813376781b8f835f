import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/storage/migrations.ts';
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';
import { StorageError } from '../../src/storage/StorageError.ts';
import { runWriteWorker } from './runWriteWorker.ts';

let dir: string;
const stores: SqliteSettingsStore[] = [];
function open(path = join(dir, 'settings.sqlite')): SqliteSettingsStore {
	const store = new SqliteSettingsStore(path);
	stores.push(store);
	return store;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'factdesk-store-'));
});
afterEach(() => {
	for (const store of stores.splice(0)) store.close();
	rmSync(dir, { recursive: true, force: true });
});

// Behaviour every backend shares (settings, the unanswered log, reopening) is in settingsStoreContract.ts, run for
// SQLite and PostgreSQL by settingsStoreContract.test.ts. Here: what only a SQLite file does.
describe('SqliteSettingsStore file', () => {
	it('GIVEN a missing folder and file THEN both are created', () => {
		const path = join(dir, 'a', 'b', 'settings.sqlite');
		open(path).setThreshold('1', 0.9);
		expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
	});

	it('GIVEN a file that is not SQLite THEN a StorageError names it and the file is unchanged', () => {
		const path = join(dir, 'settings.sqlite');
		writeFileSync(path, 'channel=auto\nthis is my notes file, not a database\n');
		const before = readFileSync(path);
		expect(() => open(path)).toThrow(StorageError);
		expect(() => open(path)).toThrow(path);
		expect(readFileSync(path).equals(before)).toBe(true);
	});

	it('GIVEN a SQLite file with damaged pages THEN a StorageError names it and the file is unchanged', () => {
		const path = join(dir, 'settings.sqlite');
		const store = open(path);
		for (let i = 0; i < 200; i++) store.logUnanswered('1', `question number ${i} ${'pad '.repeat(20)}`);
		store.close();
		const bytes = readFileSync(path);
		bytes.fill(0xa5, 4096, bytes.length);
		writeFileSync(path, bytes);
		expect(() => open(path)).toThrow(StorageError);
		expect(readFileSync(path).equals(bytes)).toBe(true);
	});

	it('GIVEN an empty file THEN it becomes a new database', () => {
		const path = join(dir, 'settings.sqlite');
		writeFileSync(path, '');
		open(path).setThreshold('1', 0.4);
		expect(open(path).get('1').threshold).toBe(0.4);
	});

	it('GIVEN a new file THEN it is in WAL mode at the latest schema version, and reopening migrates nothing', () => {
		const path = join(dir, 'settings.sqlite');
		open(path).close();
		open(path).close();
		const db = new Database(path, { readonly: true });
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
		db.close();
	});

	it('GIVEN a database from a newer version THEN it is refused', () => {
		const path = join(dir, 'settings.sqlite');
		const db = new Database(path);
		db.pragma('user_version = 99');
		db.close();
		expect(() => open(path)).toThrow(/newer factdesk/);
	});
});

// Two processes writing at once (shards sharing the file): sharedByShards.test.ts.
describe('SqliteSettingsStore across processes', () => {
	it('GIVEN writers killed with SIGKILL at random moments (50 rounds) THEN every acknowledged write is there', async () => {
		const rounds = Array.from({ length: 50 }, (_, round) => round);
		let lost = 0;
		let acknowledged = 0;
		for (let batch = 0; batch < rounds.length; batch += 10) {
			await Promise.all(
				rounds.slice(batch, batch + 10).map(async (round) => {
					const path = join(dir, `kill-${round}.sqlite`);
					const worker = runWriteWorker(path, `r${round}`, 100_000);
					await worker.firstAck;
					await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
					worker.child.kill('SIGKILL');
					await worker.exited;
					const acked = worker.acked();
					acknowledged += acked + 1;
					const store = new SqliteSettingsStore(path);
					const channels = store.get('guild').channels;
					store.close();
					for (let i = 0; i <= acked; i++) if (!channels[`r${round}-${i}`]) lost++;
				}),
			);
		}
		expect(acknowledged).toBeGreaterThan(50);
		expect(lost).toBe(0);
	}, 120_000);
});
