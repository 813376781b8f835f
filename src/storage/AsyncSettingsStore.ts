import type { AnswerFeedback, AnswerRecord, Vote, VoteTally } from './Feedback.ts';
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
	/** The unanswered questions asked most often first, each with its count. */
	declinedMostOften(guildId: string, limit?: number): Promise<UnansweredQuestion[]>;
	/** Keeps an answer as shown (the latest MAX_KEPT_ANSWERS a server, and every one voted on) to vote on. */
	recordAnswer(guildId: string, record: AnswerRecord): Promise<void>;
	/** One vote per member per answer, changeable; the answer's tally, or undefined when it is not kept. */
	vote(guildId: string, answerId: string, userId: string, vote: Vote): Promise<VoteTally | undefined>;
	/** The answers voted wrong most often (by 👎), in one server or (no guildId) in all, with their votes. */
	wrongAnswers(guildId: string | undefined, limit?: number): Promise<AnswerFeedback[]>;
	/** A number every write to any server's settings changes (in this process or another on the same database). */
	settingsVersion(): Promise<number>;
	/** Small state kept for the bot (the hash of the commands last registered); undefined when never set. */
	getState(key: string): Promise<string | undefined>;
	setState(key: string, value: string): Promise<void>;
	/** Releases the connection(s); calling it again does nothing. */
	close(): Promise<void>;
}
