import type { PoolClient, QueryResultRow } from 'pg';
import { UserError } from '../core/errors.ts';
import type { AsyncSettingsStore } from './AsyncSettingsStore.ts';
import {
	type AnswerFeedback,
	type AnswerRecord,
	MAX_KEPT_ANSWERS,
	type RawAnswerFeedback,
	toAnswerFeedback,
	type Vote,
	type VoteTally,
} from './Feedback.ts';
import { MAX_LOGGED_QUESTION, normaliseQuestion } from './normaliseQuestion.ts';
import { openPgPool, type PgDatabase } from './openPgPool.ts';
import type { PgSettingsStoreOptions } from './PgSettingsStoreOptions.ts';
import { SQL } from './pgStatements.ts';
import { pgTransaction } from './pgTransaction.ts';
import { queryPg } from './queryPg.ts';
import type { ChannelMode, GuildSettings, UnansweredQuestion } from './SettingsStore.ts';
import { storageText } from './storageText.ts';
import {
	fromPgUnansweredQuestion,
	isChannelMode,
	type RawChannelMode,
	type RawGuildSettings,
	type RawPgUnansweredQuestion,
	toGuildSettings,
} from './transformRows.ts';

/**
 * AsyncSettingsStore on PostgreSQL (a `pg` connection pool), for bots running on several machines: the same
 * behaviour as SqliteSettingsStore. Errors name the database by its URL without the password.
 *
 * @example
 * const store = await PgSettingsStore.open('postgres://bot:secret@db.example.com/factdesk');
 * await store.setChannelMode('123', '456', 'auto');
 * (await store.get('123')).channels; // { '456': 'auto' }
 * await store.close();
 */
export class PgSettingsStore implements AsyncSettingsStore {
	readonly #database: PgDatabase;
	readonly #now: () => Date;
	readonly #maxUnanswered: number;
	#closed = false;

	private constructor(database: PgDatabase, options: PgSettingsStoreOptions) {
		this.#database = database;
		this.#now = options.now ?? (() => new Date());
		this.#maxUnanswered = options.maxUnanswered ?? 1000;
	}

	/** Connects and brings the schema up to date (once, even when several processes open it at once). */
	static async open(url: string, options: PgSettingsStoreOptions = {}): Promise<PgSettingsStore> {
		const database = await openPgPool(url, {
			connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
			max: options.maxConnections ?? 10,
		});
		return new PgSettingsStore(database, options);
	}

	async get(guildId: string): Promise<GuildSettings> {
		const [settings, channels] = await Promise.all([
			this.#query<RawGuildSettings>(SQL.settings, [guildId]),
			this.#query<RawChannelMode>(SQL.channels, [guildId]),
		]);
		return toGuildSettings(guildId, settings[0], channels);
	}

	async setChannelMode(guildId: string, channelId: string, mode: ChannelMode): Promise<void> {
		if (!isChannelMode(mode)) throw new TypeError(`Unknown channel mode: ${String(mode)}`);
		await this.#query(SQL.setMode, [guildId, channelId, mode]);
	}

	/** Rejects with a UserError unless 0 ≤ threshold ≤ 1. */
	async setThreshold(guildId: string, threshold: number): Promise<void> {
		if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
			throw new UserError(storageText.thresholdOutOfRange);
		await this.#query(SQL.setThreshold, [guildId, threshold]);
	}

	async reset(guildId: string): Promise<void> {
		await this.#query(SQL.reset, [guildId]);
	}

	async logUnanswered(guildId: string, question: string): Promise<void> {
		const normalised = normaliseQuestion(question);
		if (!normalised) return;
		const shown = question.replace(/\s+/g, ' ').trim().slice(0, MAX_LOGGED_QUESTION);
		await this.#transaction(async (client) => {
			await client.query(SQL.logQuestion, [guildId, normalised, shown, this.#now().toISOString()]);
			await client.query(SQL.pruneQuestions, [guildId, this.#maxUnanswered]);
		});
	}

	async unanswered(guildId: string, limit = 10): Promise<UnansweredQuestion[]> {
		const rows = await this.#query<RawPgUnansweredQuestion>(SQL.unanswered, [guildId, Math.max(0, Math.floor(limit))]);
		return rows.map(fromPgUnansweredQuestion);
	}

	async declinedMostOften(guildId: string, limit = 10): Promise<UnansweredQuestion[]> {
		const rows = await this.#query<RawPgUnansweredQuestion>(SQL.declined, [guildId, Math.max(0, Math.floor(limit))]);
		return rows.map(fromPgUnansweredQuestion);
	}

	async recordAnswer(guildId: string, record: AnswerRecord): Promise<void> {
		const { source } = record;
		await this.#transaction(async (client) => {
			await client.query(SQL.recordAnswer, [
				record.answerId,
				guildId,
				normaliseQuestion(record.question),
				record.question.slice(0, MAX_LOGGED_QUESTION),
				record.answered,
				record.answer,
				record.confidence,
				source?.report ?? null,
				source?.paragraph ?? null,
				source?.sentence ?? null,
				source?.quote ?? null,
			]);
			await client.query(SQL.pruneAnswers, [guildId, MAX_KEPT_ANSWERS]);
		});
	}

	async vote(guildId: string, answerId: string, userId: string, vote: Vote): Promise<VoteTally | undefined> {
		let tally: VoteTally | undefined;
		await this.#transaction(async (client) => {
			if ((await client.query(SQL.answerKept, [answerId, guildId])).rowCount === 0) return;
			await client.query(SQL.setVote, [answerId, userId, vote === 'up' ? 1 : -1]);
			const row = (await client.query<{ up: string; down: string }>(SQL.tally, [answerId])).rows[0];
			tally = { up: Number(row?.up ?? 0), down: Number(row?.down ?? 0) };
		});
		return tally;
	}

	async wrongAnswers(guildId: string | undefined, limit = 10): Promise<AnswerFeedback[]> {
		const rows = await this.#query<RawAnswerFeedback>(SQL.wrongAnswers, [
			guildId ?? null,
			Math.max(0, Math.floor(limit)),
		]);
		return rows.map(toAnswerFeedback);
	}

	async settingsVersion(): Promise<number> {
		return Number((await this.#query<{ version: string }>(SQL.settingsVersion, []))[0]?.version ?? 0);
	}

	async getState(key: string): Promise<string | undefined> {
		return (await this.#query<{ value: string }>(SQL.getState, [key]))[0]?.value;
	}

	async setState(key: string, value: string): Promise<void> {
		await this.#query(SQL.setState, [key, value]);
	}

	async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		await this.#database.pool.end();
	}

	#query<Row extends QueryResultRow>(sql: string, params: unknown[]): Promise<Row[]> {
		return queryPg<Row>(this.#database, sql, params);
	}

	#transaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
		return pgTransaction(this.#database, work);
	}
}
