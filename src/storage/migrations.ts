import type { Database } from 'better-sqlite3';
import { StorageError } from './StorageError.ts';
import { storageText } from './storageText.ts';

/** Schema changes in order; migration N (1-based) brings `user_version` from N-1 to N. Append, never edit. */
export const migrations: readonly string[] = [
	`CREATE TABLE guild_settings (
		guild_id TEXT PRIMARY KEY,
		threshold REAL NOT NULL CHECK (threshold >= 0 AND threshold <= 1)
	) STRICT;
	CREATE TABLE channel_modes (
		guild_id TEXT NOT NULL,
		channel_id TEXT NOT NULL,
		mode TEXT NOT NULL CHECK (mode IN ('off', 'mention', 'auto')),
		PRIMARY KEY (guild_id, channel_id)
	) STRICT;
	CREATE TABLE unanswered_questions (
		guild_id TEXT NOT NULL,
		normalised TEXT NOT NULL,
		question TEXT NOT NULL,
		count INTEGER NOT NULL,
		last_asked_at TEXT NOT NULL,
		seq INTEGER NOT NULL,
		PRIMARY KEY (guild_id, normalised)
	) STRICT;
	CREATE INDEX unanswered_latest ON unanswered_questions (guild_id, seq DESC);`,
	`CREATE TABLE answers (
		answer_id TEXT PRIMARY KEY,
		guild_id TEXT NOT NULL,
		normalised TEXT NOT NULL,
		question TEXT NOT NULL,
		answered INTEGER NOT NULL,
		answer TEXT NOT NULL,
		confidence REAL NOT NULL,
		report TEXT,
		paragraph INTEGER,
		sentence INTEGER,
		quote TEXT,
		seq INTEGER NOT NULL
	) STRICT;
	CREATE INDEX answers_latest ON answers (guild_id, seq DESC);
	CREATE TABLE answer_votes (
		answer_id TEXT NOT NULL,
		user_id TEXT NOT NULL,
		vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
		PRIMARY KEY (answer_id, user_id)
	) STRICT;`,
	// 3: a settings version every write to the settings bumps (shards drop their cached settings when it moves),
	// and small key-value state (the hash of the commands last registered).
	`CREATE TABLE settings_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL) STRICT;
	INSERT INTO settings_version (id, version) VALUES (1, 0);
	CREATE TRIGGER settings_bump_1 AFTER INSERT ON guild_settings BEGIN UPDATE settings_version SET version = version + 1; END;
	CREATE TRIGGER settings_bump_2 AFTER UPDATE ON guild_settings BEGIN UPDATE settings_version SET version = version + 1; END;
	CREATE TRIGGER settings_bump_3 AFTER DELETE ON guild_settings BEGIN UPDATE settings_version SET version = version + 1; END;
	CREATE TRIGGER settings_bump_4 AFTER INSERT ON channel_modes BEGIN UPDATE settings_version SET version = version + 1; END;
	CREATE TRIGGER settings_bump_5 AFTER UPDATE ON channel_modes BEGIN UPDATE settings_version SET version = version + 1; END;
	CREATE TRIGGER settings_bump_6 AFTER DELETE ON channel_modes BEGIN UPDATE settings_version SET version = version + 1; END;
	CREATE TABLE factdesk_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`,
	// 4: each server's own reports (the report file's text, front matter included), keyed by where it came from.
	`CREATE TABLE guild_reports (
		guild_id TEXT NOT NULL,
		report_id TEXT NOT NULL,
		source TEXT NOT NULL,
		title TEXT NOT NULL,
		body TEXT NOT NULL,
		added_by TEXT NOT NULL,
		added_at TEXT NOT NULL,
		seq INTEGER NOT NULL,
		PRIMARY KEY (guild_id, report_id),
		UNIQUE (guild_id, source)
	) STRICT;`,
];

/**
 * Applies the migrations the database has not seen yet, each in its own immediate transaction, so two processes
 * opening the same new file at once migrate it once. Refuses a database written by a newer version.
 *
 * @example
 * migrate(db, 'data/factdesk.sqlite', migrations); // user_version is now migrations.length
 */
export function migrate(db: Database, path: string, steps: readonly string[] = migrations): void {
	const version = () => Number(db.pragma('user_version', { simple: true }));
	if (version() > steps.length) throw new StorageError(storageText.newerSchema(path, version(), steps.length));
	for (let target = 1; target <= steps.length; target++) {
		db.transaction(() => {
			if (version() >= target) return;
			db.exec(steps[target - 1] ?? '');
			db.pragma(`user_version = ${target}`);
		}).immediate();
	}
}
