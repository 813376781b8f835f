import type { RecordedRequest } from './FakeDiscord.ts';
import { IDS, snowflake } from './ids.ts';
import { CHANNELS, USERS } from './payloads.ts';

/**
 * The stand-in's REST answers: status and JSON body for each route the bot uses (404 for any other); `shards` is the
 * count `GET /gateway/bot` recommends.
 */
export function respondTo(request: RecordedRequest, port: number, shards = 1): [number, unknown] {
	const { method, path, body } = request;
	const route = path.replace(/^\/api\/v\d+/, '');
	if (method === 'GET' && route === '/gateway/bot') {
		const session_start_limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 };
		return [200, { url: `ws://127.0.0.1:${port}/gateway`, shards, session_start_limit }];
	}
	if (method === 'GET' && route === '/applications/@me') {
		return [200, { id: IDS.application, name: 'factdesk', description: '', bot_public: true, flags: 0 }];
	}
	if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route)) {
		return [
			200,
			(body as object[]).map((c) => ({ ...c, id: snowflake(), application_id: IDS.application, version: '1' })),
		];
	}
	const fetched = method === 'GET' ? /^\/channels\/(\d+)$/.exec(route)?.[1] : undefined;
	if (fetched) {
		const known = Object.values(CHANNELS).find((c) => c.id === fetched);
		return known ? [200, known] : [404, { message: 'Unknown Channel', code: 10003 }];
	}
	if (/\/interactions\/\d+\/[^/]+\/callback$/.test(route)) return [204, undefined];
	const threadOn = method === 'POST' ? /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(route) : null;
	if (threadOn) return [201, thread(threadOn[1] ?? '', (body as { name?: string }).name ?? 'thread')];
	if (method === 'DELETE') return [204, undefined];
	const webhook = /^\/webhooks\/\d+\/[^/]+/.test(route);
	const channel = /^\/channels\/(\d+)\/messages$/.exec(route)?.[1];
	if (body !== undefined && (webhook || channel)) return [200, message(body, channel ?? IDS.general)];
	return [404, { message: 'Unknown route in the stand-in', code: 0 }];
}

/** A public thread (type 11) as Discord returns it, opened by the bot on a message of channel `parentId`. */
export function thread(parentId: string, name: string) {
	return {
		id: snowflake(),
		type: 11,
		guild_id: IDS.guild,
		parent_id: parentId,
		owner_id: IDS.bot,
		name,
		last_message_id: null,
		rate_limit_per_user: 0,
		message_count: 0,
		member_count: 1,
		flags: 0,
		thread_metadata: {
			archived: false,
			auto_archive_duration: 1440,
			archive_timestamp: new Date().toISOString(),
			locked: false,
		},
	};
}

/** A message as Discord returns it, with the given body, in `channelId`, by `author` (the bot unless said). */
export function message(
	body: { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number },
	channelId: string,
	author: unknown = USERS.bot,
) {
	return {
		id: snowflake(),
		channel_id: channelId,
		author,
		content: body.content ?? '',
		embeds: body.embeds ?? [],
		components: body.components ?? [],
		attachments: [],
		mentions: [],
		mention_roles: [],
		mention_everyone: false,
		pinned: false,
		tts: false,
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		type: 0,
		flags: body.flags ?? 0,
	};
}
