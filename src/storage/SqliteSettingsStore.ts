import type { Database } from 'better-sqlite3';
import { UserError } from '../core/errors.ts';
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
import { openDatabase } from './openDatabase.ts';
import { prepareStatements, type Statements } from './prepareStatements.ts';
import type { ChannelMode, GuildSettings, SettingsStore, UnansweredQuestion } from './SettingsStore.ts';
import { storageText } from './storageText.ts';
import {
	isChannelMode,
	type RawChannelMode,
	type RawGuildSettings,
	type RawUnansweredQuestion,
	toGuildSettings,
	toUnansweredQuestion,
} from './transformRows.ts';

export interface SqliteSettingsStoreOptions {
	/** The clock used to stamp unanswered questions. */
	now?: () => Date;
	/** How many distinct unanswered questions each guild keeps; older ones are dropped. */
	maxUnanswered?: number;
}

/**
 * SettingsStore on a SQLite file (better-sqlite3, WAL, synchronous FULL): every write is durable once the call returns,
 * and several processes may share the file.
 *
 * @example
 * const store = new SqliteSettingsStore('data/factdesk.sqlite');
 * store.setChannelMode('123', '456', 'auto');
 * store.get('123').channels; // { '456': 'auto' }
 * store.close();
 */
export class SqliteSettingsStore implements SettingsStore {
	readonly #db: Database;
	readonly #now: () => Date;
	readonly #maxUnanswered: number;
	readonly #sql: Statements;

	constructor(path: string, options: SqliteSettingsStoreOptions = {}) {
		this.#db = openDatabase(path);
		this.#now = options.now ?? (() => new Date());
		this.#maxUnanswered = options.maxUnanswered ?? 1000;
		this.#sql = prepareStatements(this.#db);
	}

	get(guildId: string): GuildSettings {
		const settings = this.#sql.settings.get(guildId) as RawGuildSettings | undefined;
		const channels = this.#sql.channels.all(guildId) as RawChannelMode[];
		return toGuildSettings(guildId, settings, channels);
	}

	setChannelMode(guildId: string, channelId: string, mode: ChannelMode): void {
		if (!isChannelMode(mode)) throw new TypeError(`Unknown channel mode: ${String(mode)}`);
		this.#sql.setMode.run(guildId, channelId, mode);
	}

	/** Throws UserError unless 0 ≤ threshold ≤ 1. */
	setThreshold(guildId: string, threshold: number): void {
		if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
			throw new UserError(storageText.thresholdOutOfRange);
		this.#sql.setThreshold.run(guildId, threshold);
	}

	/** Back to the defaults: no channels configured, the default threshold. The unanswered log is kept. */
	reset(guildId: string): void {
		this.#db
			.transaction(() => {
				this.#sql.resetSettings.run(guildId);
				this.#sql.resetChannels.run(guildId);
			})
			.immediate();
	}

	logUnanswered(guildId: string, question: string): void {
		const normalised = normaliseQuestion(question);
		if (!normalised) return;
		const shown = question.replace(/\s+/g, ' ').trim().slice(0, MAX_LOGGED_QUESTION);
		this.#db
			.transaction(() => {
				this.#sql.logQuestion.run(guildId, normalised, shown, this.#now().toISOString());
				this.#sql.pruneQuestions.run({ guildId, keep: this.#maxUnanswered });
			})
			.immediate();
	}

	/** The latest distinct unanswered questions first, each with how often it was asked. */
	unanswered(guildId: string, limit = 10): UnansweredQuestion[] {
		const rows = this.#sql.unanswered.all(guildId, Math.max(0, Math.floor(limit))) as RawUnansweredQuestion[];
		return rows.map(toUnansweredQuestion);
	}

	declinedMostOften(guildId: string, limit = 10): UnansweredQuestion[] {
		const rows = this.#sql.declined.all(guildId, Math.max(0, Math.floor(limit))) as RawUnansweredQuestion[];
		return rows.map(toUnansweredQuestion);
	}

	recordAnswer(guildId: string, record: AnswerRecord): void {
		const { source } = record;
		this.#db
			.transaction(() => {
				this.#sql.recordAnswer.run({
					answerId: record.answerId,
					guildId,
					normalised: normaliseQuestion(record.question),
					question: record.question.slice(0, MAX_LOGGED_QUESTION),
					answered: record.answered ? 1 : 0,
					answer: record.answer,
					confidence: record.confidence,
					report: source?.report ?? null,
					paragraph: source?.paragraph ?? null,
					sentence: source?.sentence ?? null,
					quote: source?.quote ?? null,
				});
				this.#sql.pruneAnswers.run({ guildId, keep: MAX_KEPT_ANSWERS });
			})
			.immediate();
	}

	vote(guildId: string, answerId: string, userId: string, vote: Vote): VoteTally | undefined {
		return this.#db
			.transaction(() => {
				if (!this.#sql.answerKept.get(answerId, guildId)) return undefined;
				this.#sql.setVote.run(answerId, userId, vote === 'up' ? 1 : -1);
				return this.#sql.tally.get(answerId) as VoteTally;
			})
			.immediate();
	}

	wrongAnswers(guildId: string | undefined, limit = 10): AnswerFeedback[] {
		const rows = this.#sql.wrongAnswers.all({
			guildId: guildId ?? null,
			limit: Math.max(0, Math.floor(limit)),
		}) as RawAnswerFeedback[];
		return rows.map(toAnswerFeedback);
	}

	settingsVersion(): number {
		return Number((this.#sql.settingsVersion.get() as { version: number } | undefined)?.version ?? 0);
	}

	getState(key: string): string | undefined {
		return (this.#sql.getState.get(key) as { value: string } | undefined)?.value;
	}

	setState(key: string, value: string): void {
		this.#sql.setState.run(key, value);
	}

	close(): void {
		if (this.#db.open) this.#db.close();
	}
}
