import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../src/storage/migrations.ts';
import { StorageError } from '../../src/storage/StorageError.ts';

describe('migrate', () => {
	it('GIVEN a database at version 1 and a new migration THEN only the new one runs and the data stays', () => {
		const db = new Database(':memory:');
		migrate(db, ':memory:', migrations.slice(0, 1));
		db.prepare("INSERT INTO guild_settings (guild_id, threshold) VALUES ('1', 0.5)").run();
		const next = [...migrations.slice(0, 1), 'ALTER TABLE guild_settings ADD COLUMN language TEXT'];
		migrate(db, ':memory:', next);
		migrate(db, ':memory:', next);
		expect(db.pragma('user_version', { simple: true })).toBe(2);
		expect(db.prepare('SELECT threshold, language FROM guild_settings').all()).toEqual([
			{ threshold: 0.5, language: null },
		]);
		db.close();
	});

	it('GIVEN a migration that fails THEN the version is not raised and nothing of it is kept', () => {
		const db = new Database(':memory:');
		const broken = [...migrations, 'CREATE TABLE half (x TEXT); THIS IS NOT SQL'];
		expect(() => migrate(db, ':memory:', broken)).toThrow();
		expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
		expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
		db.close();
	});

	it('GIVEN a database newer than the code THEN a StorageError names the file and both versions', () => {
		const db = new Database(':memory:');
		db.pragma(`user_version = ${migrations.length + 3}`);
		expect(() => migrate(db, 'data/x.sqlite', migrations)).toThrow(StorageError);
		expect(() => migrate(db, 'data/x.sqlite', migrations)).toThrow(
			`data/x.sqlite was written by a newer factdesk (schema ${migrations.length + 3}; this one knows up to ${migrations.length})`,
		);
		db.close();
	});
});
