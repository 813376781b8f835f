import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { migrations } from '../../src/storage/migrations.ts';
import { DEFAULT_THRESHOLD } from '../../src/storage/SettingsStore.ts';
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';
import { StorageError } from '../../src/storage/StorageError.ts';

let dir: string;
const stores: SqliteSettingsStore[] = [];
function open(path = join(dir, 'settings.sqlite'), now?: () => Date): SqliteSettingsStore {
	const store = new SqliteSettingsStore(path, now ? { now } : {});
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

describe('SqliteSettingsStore settings', () => {
	it('GIVEN a guild never configured THEN it has the default threshold and no channels', () => {
		expect(open(':memory:').get('1')).toEqual({ guildId: '1', threshold: DEFAULT_THRESHOLD, channels: {} });
	});

	it('GIVEN channel modes and a threshold THEN get returns them, last write winning', () => {
		const store = open(':memory:');
		store.setChannelMode('1', '10', 'auto');
		store.setChannelMode('1', '11', 'off');
		store.setChannelMode('1', '10', 'mention');
		store.setThreshold('1', 0.75);
		expect(store.get('1')).toEqual({ guildId: '1', threshold: 0.75, channels: { '10': 'mention', '11': 'off' } });
	});

	it('GIVEN two guilds THEN settings of one never show in the other', () => {
		const store = open(':memory:');
		store.setChannelMode('1', '10', 'auto');
		store.setThreshold('2', 0.1);
		expect(store.get('1').threshold).toBe(DEFAULT_THRESHOLD);
		expect(store.get('2').channels).toEqual({});
	});

	it('GIVEN reset THEN the guild is back to defaults, other guilds and the unanswered log are kept', () => {
		const store = open(':memory:');
		store.setChannelMode('1', '10', 'auto');
		store.setThreshold('1', 0.2);
		store.setChannelMode('2', '20', 'auto');
		store.logUnanswered('1', 'How many tanks?');
		store.reset('1');
		expect(store.get('1')).toEqual({ guildId: '1', threshold: DEFAULT_THRESHOLD, channels: {} });
		expect(store.get('2').channels).toEqual({ '20': 'auto' });
		expect(store.unanswered('1')).toHaveLength(1);
	});

	it.each([0, 1, 0.5])('GIVEN threshold %s THEN it is stored', (threshold) => {
		const store = open(':memory:');
		store.setThreshold('1', threshold);
		expect(store.get('1').threshold).toBe(threshold);
	});

	it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY])(
		'GIVEN threshold %s THEN a UserError is thrown and the old value kept',
		(threshold) => {
			const store = open(':memory:');
			store.setThreshold('1', 0.3);
			expect(() => store.setThreshold('1', threshold)).toThrow(UserError);
			expect(store.get('1').threshold).toBe(0.3);
		},
	);

	it('GIVEN an unknown channel mode THEN it is refused', () => {
		const store = open(':memory:');
		expect(() => store.setChannelMode('1', '10', 'loud' as 'auto')).toThrow(TypeError);
		expect(store.get('1').channels).toEqual({});
	});
});

describe('SqliteSettingsStore unanswered log', () => {
	it('GIVEN repeated questions differing in case and spacing THEN they are grouped with counts, latest first', () => {
		let clock = Date.parse('2026-01-01T00:00:00Z');
		const store = open(':memory:', () => {
			clock += 1000;
			return new Date(clock);
		});
		store.logUnanswered('1', 'How many tanks?');
		store.logUnanswered('1', 'Who won?');
		store.logUnanswered('1', '  how   MANY tanks? ');
		store.logUnanswered('1', 'What about\nships?');
		store.logUnanswered('2', 'How many tanks?');
		expect(store.unanswered('1')).toEqual([
			{ question: 'What about ships?', count: 1, lastAskedAt: '2026-01-01T00:00:04.000Z' },
			{ question: 'how MANY tanks?', count: 2, lastAskedAt: '2026-01-01T00:00:03.000Z' },
			{ question: 'Who won?', count: 1, lastAskedAt: '2026-01-01T00:00:02.000Z' },
		]);
		expect(store.unanswered('1', 1)).toHaveLength(1);
		expect(store.unanswered('2')).toEqual([expect.objectContaining({ count: 1 })]);
	});

	it('GIVEN questions asked within the same millisecond THEN the order is still the order of asking', () => {
		const store = open(':memory:', () => new Date(0));
		for (const q of ['a?', 'b?', 'c?', 'a?']) store.logUnanswered('1', q);
		expect(store.unanswered('1').map((u) => u.question)).toEqual(['a?', 'c?', 'b?']);
	});

	it('GIVEN an empty or whitespace question THEN nothing is logged', () => {
		const store = open(':memory:');
		store.logUnanswered('1', '');
		store.logUnanswered('1', ' \n\t ');
		expect(store.unanswered('1')).toEqual([]);
	});

	it('GIVEN a 10,000-character question THEN it is logged cut to 500 characters', () => {
		const store = open(':memory:');
		store.logUnanswered('1', 'x'.repeat(10_000));
		expect(store.unanswered('1')[0]?.question).toHaveLength(500);
	});

	it('GIVEN more distinct questions than the cap THEN only the latest are kept', () => {
		const store = new SqliteSettingsStore(':memory:', { maxUnanswered: 3 });
		stores.push(store);
		for (let i = 1; i <= 6; i++) store.logUnanswered('1', `question ${i}`);
		expect(store.unanswered('1', 100).map((u) => u.question)).toEqual(['question 6', 'question 5', 'question 4']);
	});
});

describe('SqliteSettingsStore file', () => {
	it('GIVEN a missing folder and file THEN both are created', () => {
		const path = join(dir, 'a', 'b', 'settings.sqlite');
		open(path).setThreshold('1', 0.9);
		expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
	});

	it('GIVEN settings written THEN they survive close and reopen', () => {
		const first = open();
		first.setChannelMode('1', '10', 'auto');
		first.setThreshold('1', 0.8);
		first.logUnanswered('1', 'Why?');
		first.close();
		const second = open();
		expect(second.get('1')).toEqual({ guildId: '1', threshold: 0.8, channels: { '10': 'auto' } });
		expect(second.unanswered('1')).toEqual([expect.objectContaining({ question: 'Why?', count: 1 })]);
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

describe('SqliteSettingsStore across processes', () => {
	function runWorker(path: string, prefix: string, count: number) {
		const child = spawn(process.execPath, [
			'--import',
			'tsx',
			'tests/storage/writeSettingsWorker.ts',
			path,
			prefix,
			String(count),
		]);
		let acked = -1;
		let buffer = '';
		let onFirstAck = () => {};
		const firstAck = new Promise<void>((resolve) => {
			onFirstAck = resolve;
		});
		child.stdout.on('data', (chunk: Buffer) => {
			buffer += chunk.toString();
			for (const match of buffer.matchAll(/ack (\d+)\n/g)) acked = Number(match[1]);
			if (acked >= 0) onFirstAck();
		});
		const exited = new Promise<number | null>((resolve) =>
			child.on('exit', (code) => {
				onFirstAck();
				resolve(code);
			}),
		);
		return { child, exited, firstAck, acked: () => acked };
	}

	it('GIVEN two processes writing to one file at once THEN no write is lost', async () => {
		const path = join(dir, 'shared.sqlite');
		const workers = [runWorker(path, 'a', 150), runWorker(path, 'b', 150)];
		expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
		const store = open(path);
		expect(Object.keys(store.get('guild').channels)).toHaveLength(300);
		expect(store.unanswered('guild', 1000)).toHaveLength(300);
	}, 60_000);

	it('GIVEN writers killed with SIGKILL at random moments (50 rounds) THEN every acknowledged write is there', async () => {
		const rounds = Array.from({ length: 50 }, (_, round) => round);
		let lost = 0;
		let acknowledged = 0;
		for (let batch = 0; batch < rounds.length; batch += 10) {
			await Promise.all(
				rounds.slice(batch, batch + 10).map(async (round) => {
					const path = join(dir, `kill-${round}.sqlite`);
					const worker = runWorker(path, `r${round}`, 100_000);
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
