import type { ChannelMode, GuildSettings } from '../storage/SettingsStore.ts';

/**
 * How the bot answers in a channel: a server with no configured channel answers slash commands and mentions
 * everywhere ('mention'); once a channel is configured, any channel not listed is 'off'. A thread follows its parent.
 */
export function channelMode(settings: GuildSettings, channelId: string, parentId?: string | null): ChannelMode {
	const configured = Object.keys(settings.channels);
	if (configured.length === 0) return 'mention';
	return settings.channels[channelId] ?? (parentId ? settings.channels[parentId] : undefined) ?? 'off';
}

/** The channels where the bot answers, as channel mentions, for the "not here" note. */
export function answeringChannels(settings: GuildSettings): string[] {
	return Object.entries(settings.channels)
		.filter(([, mode]) => mode !== 'off')
		.map(([id]) => `<#${id}>`);
}
