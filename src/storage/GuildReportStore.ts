/** A report a server's moderator added, as kept in the database. */
export interface StoredReport {
	guildId: string;
	/** The report's id in answers; unique within the server and never one of the shared reports' ids. */
	reportId: string;
	/** Where it came from: the article's URL, or `file:<name>` for an upload. Unique within the server. */
	source: string;
	title: string;
	/** The report file's text (front matter, then one paragraph a line), as parseReport reads it. */
	body: string;
	/** The Discord user id (or `console`, `cli`) of whoever added it. */
	addedBy: string;
	/** ISO 8601. */
	addedAt: string;
}

/** A stored report without its text: what lists show. */
export type StoredReportInfo = Omit<StoredReport, 'body'>;

export type AddReportResult =
	| { ok: true; replaced: boolean; reportId: string }
	| { ok: false; reason: 'limit'; limit: number };

/**
 * Each server's own reports (SQLite or PostgreSQL, beside the settings). A write is durable once its Promise resolves.
 *
 * @example
 * await store.add({ guildId: '1', reportId: 'strike', source: 'https://x.test/a', … }, 50); // { ok: true, replaced: false }
 */
export interface GuildReportStore {
	/**
	 * Keeps the report; one from the same source replaces the earlier copy (keeping its id). Refused, with nothing
	 * written, when the server already has `maxReports` others.
	 */
	add(report: StoredReport, maxReports: number): Promise<AddReportResult>;
	/** The server's reports, oldest first, with their text. */
	reports(guildId: string): Promise<StoredReport[]>;
	/** The server's reports, oldest first, without their text. */
	list(guildId: string): Promise<StoredReportInfo[]>;
	/** Removes one; false when the server has no report with that id. */
	remove(guildId: string, reportId: string): Promise<boolean>;
	/** A value that changes whenever the server's set of reports changes (to know a cached engine is current). */
	version(guildId: string): Promise<string>;
	close(): Promise<void>;
}
