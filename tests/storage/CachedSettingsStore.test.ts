import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { AsyncSettingsStore } from '../../src/storage/AsyncSettingsStore.ts';
import { asyncSqliteStore } from '../../src/storage/asyncSqliteStore.ts';
import { CachedSettingsStore } from '../../src/storage/CachedSettingsStore.ts';
import { SqliteSettingsStore } from '../../src/storage/SqliteSettingsStore.ts';
import { StorageError } from '../../src/storage/StorageError.ts';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** A store on a file, counting the reads of settings that reach the database. */
function counted(path: string): { store: AsyncSettingsStore; reads: () => number } {
	const inner = asyncSqliteStore(new SqliteSettingsStore(path));
	let reads = 0;
	return {
		store: {
			...inner,
			get: (guildId) => {
				reads++;
				return inner.get(guildId);
			},
		},
		reads: () => reads,
	};
}

describe('CachedSettingsStore', () => {
	test('a server is read from the database once, then from memory, until a write through it', async () => {
		const { store, reads } = counted(join(dir, `${files++}.sqlite`));
		const cached = new CachedSettingsStore(store, { pollMs: 0 });
		for (let i = 0; i < 100; i++) await cached.get('1');
		expect(reads()).toBe(1);
		await cached.setThreshold('1', 0.3);
		expect((await cached.get('1')).threshold).toBe(0.3);
		await cached.setChannelMode('1', '10', 'off');
		expect((await cached.get('1')).channels).toEqual({ '10': 'off' });
		await cached.reset('1');
		expect((await cached.get('1')).channels).toEqual({});
		expect(reads()).toBe(4);
		await cached.close();
	});

	test("another process's write is seen after the next version check (shards sharing the database)", async () => {
		const path = join(dir, `${files++}.sqlite`);
		const shardA = new CachedSettingsStore(counted(path).store, { pollMs: 0 });
		const shardB = new CachedSettingsStore(counted(path).store, { pollMs: 0 });
		await shardA.refresh();
		expect((await shardA.get('1')).threshold).toBe(0.6);
		await shardB.setThreshold('1', 0.9);
		expect((await shardA.get('1')).threshold).toBe(0.6); // cached until the version is read
		await shardA.refresh();
		expect((await shardA.get('1')).threshold).toBe(0.9);
		await Promise.all([shardA.close(), shardB.close()]);
	});

	test('the poll notices the other shard on its own', async () => {
		const path = join(dir, `${files++}.sqlite`);
		const shardA = new CachedSettingsStore(counted(path).store, { pollMs: 20 });
		const shardB = new CachedSettingsStore(counted(path).store, { pollMs: 0 });
		await shardA.refresh();
		await shardA.get('1');
		await shardB.setChannelMode('1', '10', 'auto');
		await expect.poll(async () => (await shardA.get('1')).channels, { timeout: 5000 }).toEqual({ '10': 'auto' });
		await Promise.all([shardA.close(), shardB.close()]);
	});

	test('it holds at most maxGuilds servers, dropping the least recently used', async () => {
		const { store, reads } = counted(join(dir, `${files++}.sqlite`));
		const cached = new CachedSettingsStore(store, { pollMs: 0, maxGuilds: 3 });
		for (const id of ['1', '2', '3', '1', '4']) await cached.get(id);
		expect(cached.size).toBe(3);
		expect(reads()).toBe(4);
		await cached.get('1'); // kept: used after 2
		expect(reads()).toBe(4);
		await cached.get('2'); // dropped
		expect(reads()).toBe(5);
		await cached.close();
	});

	test('a failed read is not cached, and database errors (not bad input) are counted', async () => {
		const inner = asyncSqliteStore(new SqliteSettingsStore(join(dir, `${files++}.sqlite`)));
		let failing = true;
		const errors: unknown[] = [];
		const cached = new CachedSettingsStore(
			{ ...inner, get: (id) => (failing ? Promise.reject(new StorageError('disk gone')) : inner.get(id)) },
			{ pollMs: 0, onError: (error) => errors.push(error) },
		);
		await expect(cached.get('1')).rejects.toThrow('disk gone');
		failing = false;
		expect((await cached.get('1')).guildId).toBe('1');
		await expect(cached.setThreshold('1', 7)).rejects.toThrow();
		expect(errors).toHaveLength(1);
		await cached.close();
	});
});
