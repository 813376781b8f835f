import type { ClientBase } from 'pg';
import { StorageError } from './StorageError.ts';
import { storageText } from './storageText.ts';

/** Schema changes for PostgreSQL in order; migration N (1-based) is recorded as version N. Append, never edit. */
export const pgMigrations: readonly string[] = [
	`CREATE TABLE guild_settings (
		guild_id text PRIMARY KEY,
		threshold double precision NOT NULL CHECK (threshold >= 0 AND threshold <= 1)
	);
	CREATE TABLE channel_modes (
		guild_id text NOT NULL,
		channel_id text NOT NULL,
		mode text NOT NULL CHECK (mode IN ('off', 'mention', 'auto')),
		PRIMARY KEY (guild_id, channel_id)
	);
	CREATE SEQUENCE unanswered_questions_seq;
	CREATE TABLE unanswered_questions (
		guild_id text NOT NULL,
		normalised text NOT NULL,
		question text NOT NULL,
		count integer NOT NULL,
		last_asked_at timestamptz NOT NULL,
		seq bigint NOT NULL,
		PRIMARY KEY (guild_id, normalised)
	);
	CREATE INDEX unanswered_latest ON unanswered_questions (guild_id, seq DESC);`,
	`CREATE SEQUENCE answers_seq;
	CREATE TABLE answers (
		answer_id text PRIMARY KEY,
		guild_id text NOT NULL,
		normalised text NOT NULL,
		question text NOT NULL,
		answered boolean NOT NULL,
		answer text NOT NULL,
		confidence double precision NOT NULL,
		report text,
		paragraph integer,
		sentence integer,
		quote text,
		seq bigint NOT NULL
	);
	CREATE INDEX answers_latest ON answers (guild_id, seq DESC);
	CREATE TABLE answer_votes (
		answer_id text NOT NULL,
		user_id text NOT NULL,
		vote smallint NOT NULL CHECK (vote IN (-1, 1)),
		PRIMARY KEY (answer_id, user_id)
	);`,
	// 3: a settings version every write to the settings bumps (shards drop their cached settings when it moves),
	// and small key-value state (the hash of the commands last registered).
	`CREATE TABLE settings_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
	INSERT INTO settings_version (id, version) VALUES (1, 0);
	CREATE FUNCTION factdesk_bump_settings() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN UPDATE settings_version SET version = version + 1; RETURN NULL; END $$;
	CREATE TRIGGER settings_bump AFTER INSERT OR UPDATE OR DELETE ON guild_settings
		FOR EACH STATEMENT EXECUTE FUNCTION factdesk_bump_settings();
	CREATE TRIGGER settings_bump AFTER INSERT OR UPDATE OR DELETE ON channel_modes
		FOR EACH STATEMENT EXECUTE FUNCTION factdesk_bump_settings();
	CREATE TABLE factdesk_state (key text PRIMARY KEY, value text NOT NULL);`,
	// 4: each server's own reports (the report file's text, front matter included), keyed by where it came from.
	`CREATE SEQUENCE guild_reports_seq;
	CREATE TABLE guild_reports (
		guild_id text NOT NULL,
		report_id text NOT NULL,
		source text NOT NULL,
		title text NOT NULL,
		body text NOT NULL,
		added_by text NOT NULL,
		added_at timestamptz NOT NULL,
		seq bigint NOT NULL,
		PRIMARY KEY (guild_id, report_id),
		UNIQUE (guild_id, source)
	);`,
];

/** Key of the transaction-level advisory lock every factdesk process takes before migrating ("fdsk"). */
export const MIGRATION_LOCK_KEY = 0x6664736b;

/**
 * Applies the migrations the database has not seen yet, all in one transaction that first takes an advisory lock, so
 * processes opening the same new database at once migrate it once: the others wait, then find nothing to do.
 * Each applied version is a row of `factdesk_migrations`. Refuses a database written by a newer version.
 *
 * @example
 * await migratePostgres(client, 'postgres://bot@db/factdesk'); // factdesk_migrations now lists 1..pgMigrations.length
 */
export async function migratePostgres(
	client: ClientBase,
	name: string,
	steps: readonly string[] = pgMigrations,
): Promise<void> {
	await client.query('BEGIN');
	try {
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
		await client.query(`CREATE TABLE IF NOT EXISTS factdesk_migrations (
			version integer PRIMARY KEY,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`);
		const result = await client.query<{ version: number }>(
			'SELECT coalesce(max(version), 0)::integer AS version FROM factdesk_migrations',
		);
		const version = result.rows[0]?.version ?? 0;
		if (version > steps.length) throw new StorageError(storageText.newerSchema(name, version, steps.length));
		for (let target = version + 1; target <= steps.length; target++) {
			await client.query(steps[target - 1] ?? '');
			await client.query('INSERT INTO factdesk_migrations (version) VALUES ($1)', [target]);
		}
		await client.query('COMMIT');
	} catch (error) {
		await client.query('ROLLBACK').catch(() => {});
		throw error;
	}
}
