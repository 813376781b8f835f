import type { FakeDiscord, RecordedRequest } from './FakeDiscord.ts';
import { IDS, snowflake } from './ids.ts';
import { CHANNELS, type InteractionPlace, interactionBase, type OptionValue, USERS } from './payloads.ts';
import { message as botMessage } from './respondTo.ts';

/** One interaction sent to the bot, and ways to wait for what the bot sent back for it. */
export interface Exchange {
	id: string;
	token: string;
	/** The interaction callback (reply, deferral, update, autocomplete choices). */
	callback(): Promise<RecordedRequest>;
	/** The edit of the original response (after a deferral). */
	edit(): Promise<RecordedRequest>;
	/** A follow-up message. */
	followUp(): Promise<RecordedRequest>;
	/**
	 * What the user ends up seeing: the callback, or after a deferral (type 5) the edit of @original as
	 * `{ type: 5, data }`, its data carrying the deferral's flags.
	 */
	answer(): Promise<RecordedRequest>;
}

/** Dispatches INTERACTION_CREATE with `payload`. */
export function interact(discord: FakeDiscord, payload: ReturnType<typeof interactionBase>): Exchange {
	const from = discord.requests.length;
	const { id, token } = payload;
	discord.dispatch('INTERACTION_CREATE', payload);
	const webhook = `/api/v10/webhooks/${IDS.application}/${token}`;
	const callback = () =>
		discord.waitForRequest((r) => r.path === `/api/v10/interactions/${id}/${token}/callback`, from);
	// A deferred reply is edited after the slow work (a reload builds an engine on its thread): on two cores busy with
	// the other test files that has taken over the stand-in's default 5 s, so its edit is waited for longer.
	const edit = () =>
		discord.waitForRequest(
			(r) => r.method === 'PATCH' && r.path === `${webhook}/messages/@original`,
			from,
			DEFERRED_EDIT_WAIT_MS,
		);
	return {
		id,
		token,
		callback,
		edit,
		followUp: () => discord.waitForRequest((r) => r.method === 'POST' && r.path === webhook, from),
		async answer() {
			const deferral = await callback();
			if (deferral.body?.type !== 5) return deferral;
			const edited = await edit();
			return { ...edited, body: { type: 5, data: { ...edited.body, flags: deferral.body.data?.flags ?? 0 } } };
		},
	};
}

/**
 * How long the edit of a deferred reply is waited for: a `/config reload` on two shard processes rebuilds both engines,
 * which took over 20 s once on a loaded 2-core CI machine, and over 45 s once while other jobs shared its cores.
 */
const DEFERRED_EDIT_WAIT_MS = 90_000;

const COMMAND_IDS = new Map<string, string>();
const commandId = (name: string) => COMMAND_IDS.get(name) ?? COMMAND_IDS.set(name, snowflake()).get(name) ?? '';

/** A slash command used by `place.who` in `place.channel`. */
export function slash(
	discord: FakeDiscord,
	name: string,
	options: OptionValue[] = [],
	place: InteractionPlace = {},
	resolved?: object,
) {
	const data = { id: commandId(name), name, type: 1, options, ...(resolved && { resolved }) };
	return interact(discord, interactionBase(2, data, place));
}

/** Typing into an option with autocomplete: `focused` names the option being typed. */
export function autocomplete(discord: FakeDiscord, name: string, options: OptionValue[], place: InteractionPlace = {}) {
	return interact(discord, interactionBase(4, { id: commandId(name), name, type: 1, options }, place));
}

/** A button click on a message the bot sent: `sent` is the body of the bot's reply holding the button. */
export function clickButton(
	discord: FakeDiscord,
	customId: string,
	sent: { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number },
	place: InteractionPlace = {},
) {
	const channelId = place.channel === 'dm' ? IDS.dm : CHANNELS[place.channel ?? 'general'].id;
	const message = {
		...botMessage(sent, channelId),
		type: 20,
		application_id: IDS.application,
		interaction_metadata: {
			id: snowflake(),
			type: 2,
			user: USERS[place.who ?? 'member'],
			authorizing_integration_owners: {},
		},
	};
	return interact(discord, {
		...interactionBase(3, { custom_id: customId, component_type: 2 }, place),
		message,
	} as never);
}

/** The message context menu command "Ask factdesk" on a message whose text is `content`. */
export function askAboutMessage(discord: FakeDiscord, content: string, place: InteractionPlace = {}) {
	const channelId = place.channel === 'dm' ? IDS.dm : CHANNELS[place.channel ?? 'general'].id;
	const target = botMessage({ content }, channelId, USERS.moderator);
	const data = {
		id: commandId('Ask factdesk'),
		name: 'Ask factdesk',
		type: 3,
		target_id: target.id,
		resolved: { messages: { [target.id]: target } },
	};
	return interact(discord, interactionBase(2, data, place));
}
