import { Pool } from 'pg';
import { migratePostgres } from './pgMigrations.ts';
import { redactDatabaseUrl, scrubPassword } from './redactDatabaseUrl.ts';
import { StorageError } from './StorageError.ts';
import { storageText } from './storageText.ts';

export interface PgPoolOptions {
	/** How long to wait for a connection before failing, in milliseconds. */
	connectionTimeoutMillis: number;
	/** Most connections the pool opens. */
	max: number;
}

/** A PostgreSQL pool and how errors from it are reported without the URL's password. */
export interface PgDatabase {
	pool: Pool;
	/** The database as named in messages: the URL without its password. */
	name: string;
	/** A StorageError saying what failed, the driver's detail scrubbed of the password. */
	failure(error: unknown): StorageError;
}

/**
 * Opens a pool on `url` and brings the schema up to date (once, even when several processes open it at once).
 * On failure the pool is closed and a StorageError names the database without its password.
 *
 * @example
 * const { pool, failure } = await openPgPool('postgres://bot:secret@db/factdesk', { connectionTimeoutMillis: 10_000, max: 4 });
 */
export async function openPgPool(url: string, options: PgPoolOptions): Promise<PgDatabase> {
	const name = redactDatabaseUrl(url);
	const pool = new Pool({ connectionString: url, ...options });
	// An idle connection the server dropped: the pool discards it and the next query opens a new one.
	pool.on('error', () => {});
	const detail = (error: unknown) => {
		const message = error instanceof Error ? error.message : String(error);
		return scrubPassword(message || String((error as { code?: string }).code ?? 'unknown error'), url);
	};
	try {
		const client = await pool.connect();
		try {
			await migratePostgres(client, name);
		} finally {
			client.release();
		}
	} catch (error) {
		await pool.end().catch(() => {});
		if (error instanceof StorageError) throw error;
		throw new StorageError(storageText.cannotOpen(name, detail(error)), { cause: error });
	}
	return {
		pool,
		name,
		failure: (error) => new StorageError(storageText.failed(name, detail(error)), { cause: error }),
	};
}
