import type { Database } from 'better-sqlite3';
import type { AddReportResult, GuildReportStore, StoredReport, StoredReportInfo } from './GuildReportStore.ts';
import { openDatabase } from './openDatabase.ts';

interface Row {
	guild_id: string;
	report_id: string;
	source: string;
	title: string;
	body?: string;
	added_by: string;
	added_at: string;
}

const INFO = 'guild_id, report_id, source, title, added_by, added_at';

/**
 * GuildReportStore on the SQLite settings file (its own connection; WAL, synchronous FULL, like the settings).
 *
 * @example
 * const store = new SqliteGuildReportStore('data/factdesk.sqlite');
 */
export class SqliteGuildReportStore implements GuildReportStore {
	readonly #db: Database;

	constructor(path: string) {
		this.#db = openDatabase(path);
	}

	async add(report: StoredReport, maxReports: number): Promise<AddReportResult> {
		return this.#db
			.transaction((): AddReportResult => {
				const earlier = this.#db
					.prepare('SELECT report_id FROM guild_reports WHERE guild_id = ? AND source = ?')
					.get(report.guildId, report.source) as { report_id: string } | undefined;
				const count = this.#db
					.prepare('SELECT count(*) AS n FROM guild_reports WHERE guild_id = ?')
					.get(report.guildId) as { n: number };
				if (!earlier && count.n >= maxReports) return { ok: false, reason: 'limit', limit: maxReports };
				const reportId = earlier?.report_id ?? report.reportId;
				// A number never used again, even after the latest report is removed, so version() tells every set apart.
				const seq = this.#db
					.prepare(
						`INSERT INTO factdesk_state (key, value) VALUES ('guild_reports_seq', '1')
						ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING CAST(value AS INTEGER) AS seq`,
					)
					.get() as { seq: number };
				this.#db
					.prepare(
						`INSERT INTO guild_reports (guild_id, report_id, source, title, body, added_by, added_at, seq)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						ON CONFLICT (guild_id, source) DO UPDATE SET title = excluded.title, body = excluded.body,
							added_by = excluded.added_by, added_at = excluded.added_at, seq = excluded.seq`,
					)
					.run(
						report.guildId,
						reportId,
						report.source,
						report.title,
						report.body,
						report.addedBy,
						report.addedAt,
						seq.seq,
					);
				return { ok: true, replaced: earlier !== undefined, reportId };
			})
			.immediate();
	}

	async reports(guildId: string): Promise<StoredReport[]> {
		const rows = this.#db
			.prepare(`SELECT ${INFO}, body FROM guild_reports WHERE guild_id = ? ORDER BY seq`)
			.all(guildId) as Row[];
		return rows.map((row) => ({ ...toInfo(row), body: row.body ?? '' }));
	}

	async list(guildId: string): Promise<StoredReportInfo[]> {
		const rows = this.#db.prepare(`SELECT ${INFO} FROM guild_reports WHERE guild_id = ? ORDER BY seq`).all(guildId);
		return (rows as Row[]).map(toInfo);
	}

	async remove(guildId: string, reportId: string): Promise<boolean> {
		const result = this.#db
			.prepare('DELETE FROM guild_reports WHERE guild_id = ? AND report_id = ?')
			.run(guildId, reportId);
		return result.changes > 0;
	}

	async version(guildId: string): Promise<string> {
		const row = this.#db
			.prepare('SELECT count(*) AS n, coalesce(max(seq), 0) AS seq FROM guild_reports WHERE guild_id = ?')
			.get(guildId) as { n: number; seq: number };
		return `${row.n}:${row.seq}`;
	}

	async close(): Promise<void> {
		if (this.#db.open) this.#db.close();
	}
}

export function toInfo(row: Row): StoredReportInfo {
	return {
		guildId: row.guild_id,
		reportId: row.report_id,
		source: row.source,
		title: row.title,
		addedBy: row.added_by,
		addedAt: typeof row.added_at === 'string' ? row.added_at : new Date(row.added_at).toISOString(),
	};
}
