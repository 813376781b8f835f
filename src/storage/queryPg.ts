import type { QueryResultRow } from 'pg';
import type { PgDatabase } from './openPgPool.ts';

/**
 * Runs one statement on the pool and resolves to its rows; a failure rejects with the database's StorageError.
 *
 * @example
 * const rows = await queryPg<{ value: string }>(database, 'SELECT value FROM state WHERE key = $1', ['version']);
 */
export async function queryPg<Row extends QueryResultRow>(
	database: PgDatabase,
	sql: string,
	params: unknown[],
): Promise<Row[]> {
	try {
		return (await database.pool.query<Row>(sql, params)).rows;
	} catch (error) {
		throw database.failure(error);
	}
}
