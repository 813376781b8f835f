import type { ChannelMode, GuildSettings, UnansweredQuestion } from './SettingsStore.ts';

/**
 * Per-server settings and logs, for backends that talk to a server (PostgreSQL) as well as for a SQLite file through
 * `asyncSqliteStore`. The same contract as SettingsStore, with every result a Promise; a write is durable once its
 * Promise resolves. Bad input rejects as SettingsStore throws (UserError for a threshold out of range, TypeError for
 * an unknown channel mode); a database that cannot be used rejects with a StorageError naming it.
 *
 * @example
 * const store: AsyncSettingsStore = await openSettingsStore({ databasePath: 'data/factdesk.sqlite' });
 * await store.setThreshold('123', 0.7);
 * (await store.get('123')).threshold; // 0.7
 * await store.close();
 */
export interface AsyncSettingsStore {
	get(guildId: string): Promise<GuildSettings>;
	setChannelMode(guildId: string, channelId: string, mode: ChannelMode): Promise<void>;
	setThreshold(guildId: string, threshold: number): Promise<void>;
	/** Back to the defaults: no channels configured, the default threshold. The unanswered log is kept. */
	reset(guildId: string): Promise<void>;
	logUnanswered(guildId: string, question: string): Promise<void>;
	/** The latest distinct unanswered questions first, each with how often it was asked. */
	unanswered(guildId: string, limit?: number): Promise<UnansweredQuestion[]>;
	/** A number every write to any server's settings changes (in this process or another on the same database). */
	settingsVersion(): Promise<number>;
	/** Small state kept for the bot (the hash of the commands last registered); undefined when never set. */
	getState(key: string): Promise<string | undefined>;
	setState(key: string, value: string): Promise<void>;
	/** Releases the connection(s); calling it again does nothing. */
	close(): Promise<void>;
}
