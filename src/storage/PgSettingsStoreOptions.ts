/** How PgSettingsStore.open connects, and what it keeps. */
export interface PgSettingsStoreOptions {
	/** The clock used to stamp unanswered questions. */
	now?: () => Date;
	/** How many distinct unanswered questions each guild keeps; older ones are dropped. */
	maxUnanswered?: number;
	/** How long to wait for a connection before failing, in milliseconds (default 10,000). */
	connectionTimeoutMillis?: number;
	/** Most connections this process opens (default 10). */
	maxConnections?: number;
}
