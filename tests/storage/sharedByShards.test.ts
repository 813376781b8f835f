import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSettingsStore, type SettingsStoreLocation } from '../../src/storage/openSettingsStore.ts';
import { runWriteWorker } from './runWriteWorker.ts';
import { startPostgresOrSkip } from './startPostgres.ts';

// Shards are separate processes that open the same settings database (src/discord/shard.ts → runBot →
// openSettingsStore). Here two such processes write at the same time; nothing may be lost.
const dir = mkdtempSync(join(tmpdir(), 'factdesk-shards-'));
const postgres = await startPostgresOrSkip();
afterAll(async () => {
	await postgres?.stop();
	rmSync(dir, { recursive: true, force: true });
});

const WRITES = 150;

async function writeFromTwoShards(target: string, location: SettingsStoreLocation): Promise<void> {
	const workers = [runWriteWorker(target, 'shard0', WRITES), runWriteWorker(target, 'shard1', WRITES)];
	expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
	const store = await openSettingsStore(location);
	try {
		const channels = (await store.get('guild')).channels;
		expect(Object.keys(channels)).toHaveLength(2 * WRITES);
		for (const shard of ['shard0', 'shard1'])
			for (let i = 0; i < WRITES; i++) expect(channels[`${shard}-${i}`]).toBe(i % 2 ? 'auto' : 'mention');
		expect(await store.unanswered('guild', 1000)).toHaveLength(2 * WRITES);
	} finally {
		await store.close();
	}
}

describe('one settings database shared by shard processes', () => {
	it('GIVEN two shard processes writing settings to one SQLite file (WAL) at once THEN all writes of both are there', async () => {
		const path = join(dir, 'shared.sqlite');
		await writeFromTwoShards(path, { databasePath: path });
	}, 180_000);

	it.skipIf(!postgres)(
		'GIVEN two shard processes writing settings to one PostgreSQL database at once THEN all writes of both are there',
		async () => {
			const url = (await postgres?.createDatabase()) ?? '';
			await writeFromTwoShards(url, { databaseUrl: url, databasePath: '' });
		},
		60_000,
	);
});
