import type { PoolClient } from 'pg';
import type { PgDatabase } from './openPgPool.ts';

/**
 * Runs `work` on one connection of the pool inside BEGIN … COMMIT; a failure rolls back and rejects with the
 * database's StorageError. A connection whose rollback failed is discarded rather than returned to the pool.
 *
 * @example
 * await pgTransaction(database, async (client) => {
 * 	await client.query('DELETE FROM answers WHERE guild_id = $1', ['123']);
 * });
 */
export async function pgTransaction(database: PgDatabase, work: (client: PoolClient) => Promise<void>): Promise<void> {
	let client: PoolClient;
	try {
		client = await database.pool.connect();
	} catch (error) {
		throw database.failure(error);
	}
	let broken = false;
	try {
		await client.query('BEGIN');
		await work(client);
		await client.query('COMMIT');
	} catch (error) {
		await client.query('ROLLBACK').catch(() => {
			broken = true;
		});
		throw database.failure(error);
	} finally {
		client.release(broken);
	}
}
