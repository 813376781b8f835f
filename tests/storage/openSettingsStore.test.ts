import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../src/storage/openSettingsStore.ts';
import { StorageError } from '../../src/storage/StorageError.ts';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('openSettingsStore', () => {
	it('GIVEN no database URL THEN settings go to the SQLite file', async () => {
		dir = mkdtempSync(join(tmpdir(), 'factdesk-open-'));
		const path = join(dir, 'settings.sqlite');
		const store = await openSettingsStore({ databasePath: path });
		await store.setThreshold('1', 0.7);
		expect((await store.get('1')).threshold).toBe(0.7);
		await store.close();
		expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
	});

	it('GIVEN a database URL THEN PostgreSQL is used (and its failure names the URL, not the password)', async () => {
		dir = mkdtempSync(join(tmpdir(), 'factdesk-open-'));
		const path = join(dir, 'settings.sqlite');
		const opening = openSettingsStore({ databaseUrl: 'postgresql://bot:pw-hunter2@127.0.0.1:1/f', databasePath: path });
		await expect(opening).rejects.toThrow(StorageError);
		await expect(opening).rejects.toThrow('postgresql://bot@127.0.0.1:1/f cannot be opened');
		await expect(opening).rejects.not.toThrow('hunter2');
		expect(() => readFileSync(path)).toThrow();
	});
});
