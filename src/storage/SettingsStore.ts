import type { AnswerFeedback, AnswerRecord, Vote, VoteTally } from './Feedback.ts';

export const CHANNEL_MODES = ['off', 'mention', 'auto'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];

export const DEFAULT_THRESHOLD = 0.6;

export interface GuildSettings {
	guildId: string;
	/** Confidence floor for answers in auto channels, 0..1. */
	threshold: number;
	/** Channels a moderator configured; a guild with none answers everywhere. */
	channels: Record<string, ChannelMode>;
}

export interface UnansweredQuestion {
	question: string;
	count: number;
	lastAskedAt: string;
}

/** Per-server settings and logs. Every write is durable once the call returns. */
export interface SettingsStore {
	get(guildId: string): GuildSettings;
	setChannelMode(guildId: string, channelId: string, mode: ChannelMode): void;
	setThreshold(guildId: string, threshold: number): void;
	reset(guildId: string): void;
	logUnanswered(guildId: string, question: string): void;
	unanswered(guildId: string, limit?: number): UnansweredQuestion[];
	/** The unanswered questions asked most often first. */
	declinedMostOften(guildId: string, limit?: number): UnansweredQuestion[];
	/** Keeps an answer as shown, so that members can vote on it. */
	recordAnswer(guildId: string, record: AnswerRecord): void;
	/** One vote per member per answer (a new vote replaces theirs); undefined when the answer is not kept. */
	vote(guildId: string, answerId: string, userId: string, vote: Vote): VoteTally | undefined;
	/** The answers voted wrong most often, in one server or (no guildId) in all. */
	wrongAnswers(guildId: string | undefined, limit?: number): AnswerFeedback[];
	/** A number every write to any server's settings changes (in this process or another on the same database). */
	settingsVersion(): number;
	/** Small state kept for the bot (the hash of the commands last registered); undefined when never set. */
	getState(key: string): string | undefined;
	setState(key: string, value: string): void;
	close(): void;
}
