import type { Pool, QueryResultRow } from 'pg';
import type { AddReportResult, GuildReportStore, StoredReport, StoredReportInfo } from './GuildReportStore.ts';
import { openPgPool, type PgDatabase } from './openPgPool.ts';
import { toInfo } from './SqliteGuildReportStore.ts';
import type { StorageError } from './StorageError.ts';

const INFO = 'guild_id, report_id, source, title, added_by, added_at';

/**
 * GuildReportStore on PostgreSQL (its own small pool): the same behaviour as SqliteGuildReportStore.
 *
 * @example
 * const store = await PgGuildReportStore.open('postgres://bot@db/factdesk');
 */
export class PgGuildReportStore implements GuildReportStore {
	readonly #pool: Pool;
	readonly #failed: (error: unknown) => StorageError;

	private constructor(database: PgDatabase) {
		this.#pool = database.pool;
		this.#failed = database.failure;
	}

	static async open(url: string): Promise<PgGuildReportStore> {
		return new PgGuildReportStore(await openPgPool(url, { connectionTimeoutMillis: 10_000, max: 4 }));
	}

	async add(report: StoredReport, maxReports: number): Promise<AddReportResult> {
		const client = await this.#pool.connect();
		try {
			await client.query('BEGIN');
			// One add at a time per server, so two adds at once cannot both pass the limit.
			await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`guild_reports:${report.guildId}`]);
			const earlier = await client.query<{ report_id: string }>(
				'SELECT report_id FROM guild_reports WHERE guild_id = $1 AND source = $2',
				[report.guildId, report.source],
			);
			const count = await client.query<{ n: number }>(
				'SELECT count(*)::integer AS n FROM guild_reports WHERE guild_id = $1',
				[report.guildId],
			);
			const previous = earlier.rows[0]?.report_id;
			if (previous === undefined && (count.rows[0]?.n ?? 0) >= maxReports) {
				await client.query('ROLLBACK');
				return { ok: false, reason: 'limit', limit: maxReports };
			}
			const reportId = previous ?? report.reportId;
			await client.query(
				`INSERT INTO guild_reports (guild_id, report_id, source, title, body, added_by, added_at, seq)
				VALUES ($1, $2, $3, $4, $5, $6, $7, nextval('guild_reports_seq'))
				ON CONFLICT (guild_id, source) DO UPDATE SET title = excluded.title, body = excluded.body,
					added_by = excluded.added_by, added_at = excluded.added_at, seq = excluded.seq`,
				[report.guildId, reportId, report.source, report.title, report.body, report.addedBy, report.addedAt],
			);
			await client.query('COMMIT');
			return { ok: true, replaced: previous !== undefined, reportId };
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			throw this.#failed(error);
		} finally {
			client.release();
		}
	}

	async reports(guildId: string): Promise<StoredReport[]> {
		const rows = await this.#query(`SELECT ${INFO}, body FROM guild_reports WHERE guild_id = $1 ORDER BY seq`, [
			guildId,
		]);
		return rows.map((row) => ({ ...toInfo(row as never), body: String(row.body) }));
	}

	async list(guildId: string): Promise<StoredReportInfo[]> {
		const rows = await this.#query(`SELECT ${INFO} FROM guild_reports WHERE guild_id = $1 ORDER BY seq`, [guildId]);
		return rows.map((row) => toInfo(row as never));
	}

	async remove(guildId: string, reportId: string): Promise<boolean> {
		const rows = await this.#query(
			'DELETE FROM guild_reports WHERE guild_id = $1 AND report_id = $2 RETURNING report_id',
			[guildId, reportId],
		);
		return rows.length > 0;
	}

	async version(guildId: string): Promise<string> {
		const rows = await this.#query(
			'SELECT count(*)::integer AS n, coalesce(max(seq), 0)::text AS seq FROM guild_reports WHERE guild_id = $1',
			[guildId],
		);
		return `${rows[0]?.n ?? 0}:${rows[0]?.seq ?? 0}`;
	}

	async close(): Promise<void> {
		await this.#pool.end().catch(() => {});
	}

	async #query(sql: string, values: unknown[]): Promise<QueryResultRow[]> {
		try {
			return (await this.#pool.query(sql, values)).rows;
		} catch (error) {
			throw this.#failed(error);
		}
	}
}
