import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import { DEFAULT_ASK_COOLDOWN_SECONDS, DEFAULT_CHANNEL_ANSWERS_PER_MINUTE } from '../configDefaults.ts';
import { FollowUpMemory } from '../core/FollowUpMemory.ts';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import type { ReloadResult } from '../engine/ReloadResult.ts';
import type { ManagedReports } from '../reports/managed/ManagedReports.ts';
import type { Metrics } from '../service/Metrics.ts';
import { serviceText } from '../service/serviceText.ts';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import { AutocompleteGate, type AutocompleteLimits } from './AutocompleteGate.ts';
import type { BotContext } from './BotContext.ts';
import { commands } from './commands/index.ts';
import { guardGateway } from './guardGateway.ts';
import { handleInteraction } from './handleInteraction.ts';
import { handleMessage } from './handleMessage.ts';
import { InteractionTracker } from './InteractionTracker.ts';
import { RateLimiter } from './RateLimiter.ts';
import { registerIfChanged } from './registerIfChanged.ts';
import { reloadAllShards } from './reloadAllShards.ts';
import { trackGateway } from './trackGateway.ts';

export interface BotDeps {
	token: string;
	/** REST base URL without a version suffix, e.g. https://discord.com/api. */
	apiUrl: string;
	/** Register the commands in this server only (development); global otherwise. */
	guildId?: string;
	/** Ask for the privileged Message Content intent (needed by auto mode). */
	messageContent: boolean;
	/** The engine (EngineSupervisor's, which follows reloads; toAsyncFactdesk of one on this thread in tests). */
	factdesk: AsyncFactdesk;
	/** The engine for a server's questions (default: `factdesk` for every server). */
	factdeskFor?: (guildId: string | null) => AsyncFactdesk;
	/** The servers' own reports, for `/reports`. */
	reports?: ManagedReports;
	/** Reloads the reports, for `/config reload`. */
	reloadReports?: () => Promise<ReloadResult>;
	store: AsyncSettingsStore;
	logger: Logger;
	/** Seconds a member waits between two /ask (default: the config's; 0 turns it off). */
	cooldownSeconds?: number;
	/** Unasked answers per channel a minute in auto mode (default: the config's). */
	channelAnswersPerMinute?: number;
	/** Where interactions and gateway reconnects are counted (none: not counted). */
	metrics?: Metrics;
	/** Log each question's text with its interaction (LOG_QUESTIONS; default false). */
	logQuestions?: boolean;
	/** Register the commands even when they did not change since the last registration. */
	forceCommandSync?: boolean;
	/** Autocomplete limits (default AUTOCOMPLETE_LIMITS). */
	autocomplete?: AutocompleteLimits;
}

export interface RunningBot {
	client: Client;
	/** Whether the gateway connection is up (for /healthz). */
	gatewayReady(): boolean;
	/** Logs out and closes the gateway connection; the store is the caller's to close. */
	stop(): Promise<void>;
}

/**
 * Logs the bot in at `apiUrl`, waits until it is ready, registers the commands with one bulk overwrite when they changed (shard 0
 * only, when it runs as a shard of a ShardingManager) and wires the interaction and message handlers.
 */
export async function startBot(deps: BotDeps): Promise<RunningBot> {
	const { logger } = deps;
	const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
	if (deps.messageContent) intents.push(GatewayIntentBits.MessageContent);
	const client = new Client({ intents, rest: { api: deps.apiUrl }, allowedMentions: { parse: [] } });
	const ctx: BotContext = {
		factdesk: deps.factdesk,
		factdeskFor: deps.factdeskFor ?? (() => deps.factdesk),
		...(deps.reports && { reports: deps.reports }),
		...(deps.reloadReports && { reloadReports: reloadAllShards(client, deps.reloadReports) }),
		store: deps.store,
		logger,
		askCooldown: new RateLimiter(1, (deps.cooldownSeconds ?? DEFAULT_ASK_COOLDOWN_SECONDS) * 1000),
		autoAnswers: new RateLimiter(deps.channelAnswersPerMinute ?? DEFAULT_CHANNEL_ANSWERS_PER_MINUTE, 60_000),
		autocomplete: new AutocompleteGate(deps.autocomplete),
		followUps: new FollowUpMemory(),
		interactions: new InteractionTracker(logger, deps.metrics, deps.logQuestions),
	};
	guardGateway(client, logger);
	const gateway = trackGateway(client, () => deps.metrics?.gatewayReconnect());
	client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, ctx, commands));
	client.on(Events.MessageCreate, (message) => {
		if (client.user) void handleMessage(message, ctx, client.user.id);
	});
	client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
	client.on(Events.ShardDisconnect, (_event, shard) => logger.warn({ shard }, 'gateway disconnected'));
	client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

	const ready = once(client, Events.ClientReady);
	try {
		await client.login(deps.token);
		await ready;
		const shards = client.shard?.ids ?? [0];
		// Commands belong to the application, not to a shard: under a ShardingManager only shard 0 registers them.
		if (shards.includes(0)) {
			const applicationId = client.application?.id ?? client.user?.id;
			if (!applicationId) throw new Error('Discord sent no application id');
			const count = await registerIfChanged(client.rest, applicationId, deps.store, {
				...(deps.guildId && { guildId: deps.guildId }),
				force: deps.forceCommandSync === true,
			});
			if (count === undefined) logger.info({ guild: deps.guildId ?? 'global' }, serviceText.commandsUnchanged);
			else logger.info({ commands: count, guild: deps.guildId ?? 'global' }, 'commands registered');
		}
		logger.info({ user: client.user?.tag, shards, shardCount: client.shard?.count ?? 1 }, 'factdesk is online');
	} catch (error) {
		await client.destroy();
		throw error;
	}
	return {
		client,
		gatewayReady: gateway.ready,
		async stop() {
			await client.destroy();
		},
	};
}
