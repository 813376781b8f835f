import type { Report } from '../core/types.ts';
import type { GuildReportStore } from '../storage/GuildReportStore.ts';
import { type AsyncFactdesk, deferFactdesk, toAsyncFactdesk } from './AsyncFactdesk.ts';
import type { SetEngine, SetEngineOptions } from './buildReportSetEngine.ts';

export interface GuildEnginesDeps {
	store: Pick<GuildReportStore, 'version'>;
	/** The engine over the shared reports alone (for servers with none of their own). */
	shared: AsyncFactdesk;
	/** Reads the shared reports (again after each reload of the shared folder). */
	sharedReports: () => Promise<Report[]>;
	/** A server's own reports. */
	ownReports: (guildId: string) => Promise<Report[]>;
	build: (reports: Report[], options: SetEngineOptions) => SetEngine;
	options: SetEngineOptions;
	/** ENGINE_MEMORY_MB in bytes. */
	memoryBytes: number;
}

interface Entry {
	key: string;
	engine: Promise<SetEngine>;
	bytes: number;
}

/**
 * Each server's engine over the shared reports plus its own, made on the server's first question, rebuilt (or
 * restored from the cache) when its set changed, and dropped least recently used first once they hold more than
 * `memoryBytes` together. A server without reports of its own is answered by the shared engine.
 *
 * @example
 * await engines.factdeskFor('123').ask('How many ships were diverted?');
 */
export class GuildEngines {
	readonly #entries = new Map<string, Entry>();
	#sharedGeneration = 0;
	/** The shared reports, read once per generation of the shared folder. */
	#shared: Promise<Report[]> | undefined;
	/** The shared engine's list of reports last seen: a new list means the shared folder was reloaded. */
	#sharedList: unknown;

	constructor(private readonly deps: GuildEnginesDeps) {}

	/** The engine for questions in `guildId` (undefined: a DM, the shared reports alone). */
	factdeskFor(guildId: string | null | undefined): AsyncFactdesk {
		if (!guildId) return this.deps.shared;
		return deferFactdesk(this.#engineOf(guildId));
	}

	/** The shared reports changed (a reload): every server's engine is rebuilt on its next question. */
	sharedChanged(): void {
		this.#sharedGeneration++;
		this.#shared = undefined;
	}

	/** Servers with an engine held now, and the memory they take by estimate. */
	held(): { servers: number; bytes: number } {
		let bytes = 0;
		for (const entry of this.#entries.values()) bytes += entry.bytes;
		return { servers: this.#entries.size, bytes };
	}

	async #engineOf(guildId: string): Promise<AsyncFactdesk> {
		const [version, sharedList] = await Promise.all([this.deps.store.version(guildId), this.deps.shared.reports()]);
		if (sharedList !== this.#sharedList) {
			if (this.#sharedList !== undefined) this.sharedChanged();
			this.#sharedList = sharedList;
		}
		if (version.startsWith('0:')) {
			this.#entries.delete(guildId);
			return this.deps.shared;
		}
		const key = `${this.#sharedGeneration}/${version}`;
		let entry = this.#entries.get(guildId);
		if (entry?.key !== key) {
			entry = { key, engine: this.#build(guildId), bytes: 0 };
			entry.engine.catch(() => this.#entries.get(guildId) === entry && this.#entries.delete(guildId));
		}
		this.#entries.delete(guildId);
		this.#entries.set(guildId, entry);
		const engine = await entry.engine;
		entry.bytes = engine.bytes;
		this.#evict(guildId);
		return toAsyncFactdesk(engine.factdesk);
	}

	async #build(guildId: string): Promise<SetEngine> {
		this.#shared ??= this.deps.sharedReports();
		const [shared, own] = await Promise.all([this.#shared, this.deps.ownReports(guildId)]);
		return this.deps.build([...shared, ...own], this.deps.options);
	}

	/** Drops the least recently used engines (never `keep`, the one just used) while over the memory budget. */
	#evict(keep: string): void {
		let { bytes } = this.held();
		for (const [guildId, entry] of this.#entries) {
			if (bytes <= this.deps.memoryBytes) return;
			if (guildId === keep) continue;
			this.#entries.delete(guildId);
			bytes -= entry.bytes;
		}
	}
}
