import { UserError } from '../core/errors.ts';
import type { AsyncSettingsStore } from './AsyncSettingsStore.ts';
import type { AnswerRecord, Vote } from './Feedback.ts';
import type { ChannelMode, GuildSettings } from './SettingsStore.ts';

export interface CachedSettingsStoreOptions {
	/** How often the database's settings version is read to notice other processes' writes (default 2 s; 0: never). */
	pollMs?: number;
	/** How many servers' settings are held at most; the least recently used are dropped first (default 50,000). */
	maxGuilds?: number;
	/** Told about every database call that failed, bad input aside (for the database error count). */
	onError?: (error: unknown) => void;
}

/**
 * An AsyncSettingsStore that keeps each server's settings in memory, so a message or command reads the database only
 * the first time a server is seen. A write through it drops that server's entry at once; a write by another process
 * (another shard, another machine) moves the database's settings version, which is read every `pollMs`, and the
 * whole cache is dropped when it moved. Everything else passes through.
 *
 * @example
 * const store = new CachedSettingsStore(await openSettingsStore(options));
 * await store.get('123'); // reads the database
 * await store.get('123'); // from memory
 */
export class CachedSettingsStore implements AsyncSettingsStore {
	readonly #cache = new Map<string, Promise<GuildSettings>>();
	readonly #maxGuilds: number;
	readonly #timer: NodeJS.Timeout | undefined;
	#version: number | undefined;

	constructor(
		private readonly inner: AsyncSettingsStore,
		private readonly options: CachedSettingsStoreOptions = {},
	) {
		this.#maxGuilds = options.maxGuilds ?? 50_000;
		const pollMs = options.pollMs ?? 2000;
		if (pollMs > 0) this.#timer = setInterval(() => void this.refresh().catch(() => {}), pollMs).unref();
	}

	/** How many servers' settings are held now. */
	get size(): number {
		return this.#cache.size;
	}

	/** Reads the settings version and drops every cached server when another process changed the settings. */
	async refresh(): Promise<void> {
		const version = await this.#watch(this.inner.settingsVersion());
		if (this.#version !== undefined && version !== this.#version) this.#cache.clear();
		this.#version = version;
	}

	get(guildId: string): Promise<GuildSettings> {
		const cached = this.#cache.get(guildId);
		if (cached) {
			this.#cache.delete(guildId);
			this.#cache.set(guildId, cached);
			return cached;
		}
		const reading = this.#watch(this.inner.get(guildId));
		this.#cache.set(guildId, reading);
		reading.catch(() => {
			if (this.#cache.get(guildId) === reading) this.#cache.delete(guildId);
		});
		if (this.#cache.size > this.#maxGuilds) {
			const oldest = this.#cache.keys().next().value;
			if (oldest !== undefined) this.#cache.delete(oldest);
		}
		return reading;
	}

	setChannelMode(guildId: string, channelId: string, mode: ChannelMode): Promise<void> {
		return this.#write(guildId, this.inner.setChannelMode(guildId, channelId, mode));
	}

	setThreshold(guildId: string, threshold: number): Promise<void> {
		return this.#write(guildId, this.inner.setThreshold(guildId, threshold));
	}

	reset(guildId: string): Promise<void> {
		return this.#write(guildId, this.inner.reset(guildId));
	}

	logUnanswered(guildId: string, question: string): Promise<void> {
		return this.#watch(this.inner.logUnanswered(guildId, question));
	}

	unanswered(guildId: string, limit?: number) {
		return this.#watch(this.inner.unanswered(guildId, limit));
	}

	declinedMostOften(guildId: string, limit?: number) {
		return this.#watch(this.inner.declinedMostOften(guildId, limit));
	}

	recordAnswer(guildId: string, record: AnswerRecord): Promise<void> {
		return this.#watch(this.inner.recordAnswer(guildId, record));
	}

	vote(guildId: string, answerId: string, userId: string, vote: Vote) {
		return this.#watch(this.inner.vote(guildId, answerId, userId, vote));
	}

	wrongAnswers(guildId: string | undefined, limit?: number) {
		return this.#watch(this.inner.wrongAnswers(guildId, limit));
	}

	settingsVersion(): Promise<number> {
		return this.#watch(this.inner.settingsVersion());
	}

	getState(key: string): Promise<string | undefined> {
		return this.#watch(this.inner.getState(key));
	}

	setState(key: string, value: string): Promise<void> {
		return this.#watch(this.inner.setState(key, value));
	}

	close(): Promise<void> {
		clearInterval(this.#timer);
		this.#cache.clear();
		return this.inner.close();
	}

	async #write(guildId: string, writing: Promise<void>): Promise<void> {
		try {
			await this.#watch(writing);
		} finally {
			this.#cache.delete(guildId);
		}
	}

	#watch<T>(call: Promise<T>): Promise<T> {
		call.catch((error: unknown) => {
			if (!(error instanceof UserError || error instanceof TypeError)) this.options.onError?.(error);
		});
		return call;
	}
}
