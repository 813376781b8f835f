import type { AsyncSettingsStore } from './AsyncSettingsStore.ts';
import type { SettingsStore } from './SettingsStore.ts';

/**
 * A synchronous SettingsStore (SQLite) seen through the AsyncSettingsStore interface: each call runs at once and
 * its result, or what it threw, comes back as a settled Promise.
 *
 * @example
 * const store = asyncSqliteStore(new SqliteSettingsStore('data/factdesk.sqlite'));
 * await store.setChannelMode('123', '456', 'auto');
 */
export function asyncSqliteStore(store: SettingsStore): AsyncSettingsStore {
	return {
		get: async (guildId) => store.get(guildId),
		setChannelMode: async (guildId, channelId, mode) => store.setChannelMode(guildId, channelId, mode),
		setThreshold: async (guildId, threshold) => store.setThreshold(guildId, threshold),
		reset: async (guildId) => store.reset(guildId),
		logUnanswered: async (guildId, question) => store.logUnanswered(guildId, question),
		unanswered: async (guildId, limit) => store.unanswered(guildId, limit),
		declinedMostOften: async (guildId, limit) => store.declinedMostOften(guildId, limit),
		recordAnswer: async (guildId, record) => store.recordAnswer(guildId, record),
		vote: async (guildId, answerId, userId, vote) => store.vote(guildId, answerId, userId, vote),
		wrongAnswers: async (guildId, limit) => store.wrongAnswers(guildId, limit),
		settingsVersion: async () => store.settingsVersion(),
		getState: async (key) => store.getState(key),
		setState: async (key, value) => store.setState(key, value),
		close: async () => store.close(),
	};
}
