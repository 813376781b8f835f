import {
	CHANNEL_MODES,
	type ChannelMode,
	DEFAULT_THRESHOLD,
	type GuildSettings,
	type UnansweredQuestion,
} from './SettingsStore.ts';

export interface RawGuildSettings {
	threshold: number;
}

export interface RawChannelMode {
	channel_id: string;
	mode: string;
}

export interface RawUnansweredQuestion {
	question: string;
	count: number;
	last_asked_at: string;
}

/** A row of the unanswered log as the PostgreSQL driver returns it (timestamptz comes back as a Date). */
export interface RawPgUnansweredQuestion {
	question: string;
	count: number;
	last_asked_at: Date;
}

/**
 * Database rows → the GuildSettings the rest of the bot sees; a guild with no row gets the defaults.
 *
 * @example
 * toGuildSettings('1', undefined, [{ channel_id: '2', mode: 'auto' }]);
 * // { guildId: '1', threshold: 0.6, channels: { '2': 'auto' } }
 */
export function toGuildSettings(
	guildId: string,
	settings: RawGuildSettings | undefined,
	channels: readonly RawChannelMode[],
): GuildSettings {
	return {
		guildId,
		threshold: settings?.threshold ?? DEFAULT_THRESHOLD,
		channels: Object.fromEntries(
			channels.filter((row) => isChannelMode(row.mode)).map((row) => [row.channel_id, row.mode as ChannelMode]),
		),
	};
}

/** A row of the unanswered log → UnansweredQuestion. */
export function toUnansweredQuestion(row: RawUnansweredQuestion): UnansweredQuestion {
	return { question: row.question, count: row.count, lastAskedAt: row.last_asked_at };
}

/** A row of the unanswered log as PostgreSQL returns it → UnansweredQuestion (the time as an ISO string). */
export function fromPgUnansweredQuestion(row: RawPgUnansweredQuestion): UnansweredQuestion {
	return toUnansweredQuestion({ ...row, last_asked_at: row.last_asked_at.toISOString() });
}

export function isChannelMode(mode: string): mode is ChannelMode {
	return (CHANNEL_MODES as readonly string[]).includes(mode);
}
