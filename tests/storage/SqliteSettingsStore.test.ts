import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/storage/migrations.ts';
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';
import { StorageError } from '../../src/storage/StorageError.ts';
import { seededRandom } from '../seededRandom.ts';
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
		// Each writer is killed as soon as its k-th write is acknowledged, k drawn (seeded) from 0–49: the kill lands
		// wherever in its next writes the process has got to by then. Ten writers run at a time.
		const random = seededRandom(0x5eed);
		const rounds = Array.from({ length: 50 }, (_, round) => ({ round, killAfter: Math.floor(random() * 50) }));
		let lost = 0;
		let acknowledged = 0;
		let killedWhileWriting = 0;
		const killRound = async ({ round, killAfter }: (typeof rounds)[number]) => {
			const path = join(dir, `kill-${round}.sqlite`);
			const worker = runWriteWorker(path, `r${round}`, 100_000);
			await worker.ackOf(killAfter);
			worker.child.kill('SIGKILL');
			expect(await worker.exited, `round ${round} ended by the kill, not on its own`).toBeNull();
			const acked = worker.acked();
			expect(acked, `round ${round}`).toBeGreaterThanOrEqual(killAfter);
			acknowledged += acked + 1;
			const store = new SqliteSettingsStore(path);
			const channels = store.get('guild').channels;
			store.close();
			for (let i = 0; i <= acked; i++) if (!channels[`r${round}-${i}`]) lost++;
			// A write done but not yet acknowledged when the kill came: the kill fell inside the write loop.
			if (Object.keys(channels).length > acked + 1) killedWhileWriting++;
		};
		const queue = [...rounds];
		const runner = async () => {
			for (let next = queue.shift(); next; next = queue.shift()) await killRound(next);
		};
		await Promise.all(Array.from({ length: 10 }, runner));
		expect(acknowledged).toBeGreaterThan(50);
		expect(lost).toBe(0);
		expect(killedWhileWriting, 'some kills landed between a write and its acknowledgement').toBeGreaterThan(0);
	}, 120_000);
});
