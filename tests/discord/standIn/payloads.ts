import { IDS, PERMISSIONS, snowflake } from './ids.ts';

/** A user object as the gateway sends it. */
export function user(id: string, username: string, bot = false) {
	return { id, username, discriminator: '0', global_name: null, avatar: null, bot };
}

export const USERS = {
	bot: user(IDS.bot, 'factdesk', true),
	moderator: user(IDS.moderator, 'moderator'),
	member: user(IDS.member, 'member'),
	otherBot: user(IDS.otherBot, 'otherbot', true),
};
export type TestUser = keyof typeof USERS;

function member(who: TestUser) {
	return {
		user: USERS[who],
		roles: [],
		joined_at: '2026-01-01T00:00:00.000Z',
		deaf: false,
		mute: false,
		flags: 0,
		pending: false,
		nick: null,
		avatar: null,
		...(who !== 'bot' && { permissions: who === 'moderator' ? PERMISSIONS.moderator : PERMISSIONS.member }),
	};
}

function textChannel(id: string, name: string, position: number) {
	return { id, type: 0, name, position, permission_overwrites: [], guild_id: IDS.guild, nsfw: false, topic: null };
}

export const CHANNELS = {
	general: textChannel(IDS.general, 'general', 0),
	news: textChannel(IDS.news, 'news', 1),
	quiet: textChannel(IDS.quiet, 'quiet', 2),
};
export type TestChannel = keyof typeof CHANNELS;

/** GUILD_CREATE: the server with its @everyone role, channels and members (discord.js drops events for unknown channels). */
export function guildCreate() {
	return {
		id: IDS.guild,
		name: 'Newsroom',
		icon: null,
		owner_id: IDS.moderator,
		roles: [
			{
				id: IDS.guild,
				name: '@everyone',
				permissions: PERMISSIONS.member,
				position: 0,
				color: 0,
				hoist: false,
				managed: false,
				mentionable: false,
				flags: 0,
			},
			{
				id: IDS.role,
				name: 'readers',
				permissions: '0',
				position: 1,
				color: 0,
				hoist: false,
				managed: false,
				mentionable: true,
				flags: 0,
			},
		],
		channels: Object.values(CHANNELS).map(({ guild_id: _, ...channel }) => channel),
		members: [member('bot'), member('moderator'), member('member')].map(({ permissions: _, ...m }) => m),
		member_count: 3,
		joined_at: '2026-01-01T00:00:00.000Z',
		large: false,
		unavailable: false,
		features: [],
		emojis: [],
		stickers: [],
		threads: [],
		voice_states: [],
		presences: [],
		stage_instances: [],
		guild_scheduled_events: [],
		preferred_locale: 'en-US',
	};
}

export interface InteractionPlace {
	who?: TestUser;
	/** A channel of the server, or 'dm' for the bot's direct messages. */
	channel?: TestChannel | 'dm';
	/** Another server than the stand-in's own (its interactions only; the bot never saw it in GUILD_CREATE). */
	guild?: string;
}

/** The envelope every interaction shares; discord.js drops one without entitlements or authorizing_integration_owners. */
export function interactionBase(type: number, data: object, place: InteractionPlace = {}) {
	const who = place.who ?? 'member';
	const base = {
		id: snowflake(),
		application_id: IDS.application,
		type,
		data,
		token: `tok-${snowflake()}`,
		version: 1,
		app_permissions: PERMISSIONS.app,
		locale: 'en-US',
		entitlements: [],
		attachment_size_limit: 10_485_760,
	};
	if (place.channel === 'dm') {
		return {
			...base,
			user: USERS[who],
			channel: { id: IDS.dm, type: 1, recipients: [USERS[who]], last_message_id: null, flags: 0 },
			authorizing_integration_owners: { '0': IDS.guild },
			context: 1,
		};
	}
	return {
		...base,
		guild_id: place.guild ?? IDS.guild,
		guild: { id: place.guild ?? IDS.guild, locale: 'en-US', features: [] },
		guild_locale: 'en-US',
		channel: CHANNELS[place.channel ?? 'general'],
		member: member(who),
		authorizing_integration_owners: { '0': IDS.guild },
		context: 0,
	};
}

/** An option of a slash command as Discord sends it (type 3 string, 4 integer, 5 boolean, 7 channel, 10 number). */
export interface OptionValue {
	name: string;
	type: number;
	value?: string | number | boolean;
	focused?: boolean;
	options?: OptionValue[];
}

/** A MESSAGE_CREATE payload. */
export function messageCreate(options: {
	who: TestUser;
	channel: TestChannel;
	content: string;
	mentions?: TestUser[];
	mentionEveryone?: boolean;
	/** The id of the message this one replies to. */
	replyTo?: string;
	/** A channel id that overrides `channel` (a thread). */
	channelId?: string;
}) {
	const channelId = options.channelId ?? CHANNELS[options.channel].id;
	return {
		...(options.replyTo && {
			message_reference: { type: 0, message_id: options.replyTo, channel_id: channelId, guild_id: IDS.guild },
		}),
		id: snowflake(),
		channel_id: channelId,
		guild_id: IDS.guild,
		author: USERS[options.who],
		member: (({ user: _, permissions: __, ...m }) => m)(member(options.who)),
		content: options.content,
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: options.mentionEveryone ?? false,
		mentions: (options.mentions ?? []).map((who) => ({
			...USERS[who],
			member: { roles: [], joined_at: '2026-01-01T00:00:00.000Z' },
		})),
		mention_roles: [],
		attachments: [],
		embeds: [],
		components: [],
		pinned: false,
		type: options.replyTo ? 19 : 0,
		flags: 0,
	};
}
