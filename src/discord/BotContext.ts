import type { Logger } from 'pino';
import type { FollowUpMemory } from '../core/FollowUpMemory.ts';
import type { AsyncFactdesk } from '../engine/AsyncFactdesk.ts';
import type { ManagedReports } from '../reports/managed/ManagedReports.ts';
import type { AsyncSettingsStore } from '../storage/AsyncSettingsStore.ts';
import type { AutocompleteGate } from './AutocompleteGate.ts';
import type { InteractionTracker } from './InteractionTracker.ts';
import type { RateLimiter } from './RateLimiter.ts';
import type { ShardReloadResult } from './reloadAllShards.ts';

/** Everything a command, button or message handler needs; built once in startBot and passed down. */
export interface BotContext {
	/** The engine over the shared reports, on its own thread; it answers with the reports loaded now. */
	readonly factdesk: AsyncFactdesk;
	/** The engine for questions in a server: the shared reports plus the server's own (the shared ones in a DM). */
	factdeskFor(guildId: string | null): AsyncFactdesk;
	/** The servers' own reports (`/reports`); absent when the bot has no database for them. */
	reports?: ManagedReports;
	/** Reloads the reports (`/config reload`); absent when the bot cannot reload. */
	reloadReports?: () => Promise<ShardReloadResult>;
	store: AsyncSettingsStore;
	logger: Logger;
	/** Per-user cooldown on /ask and the context menu (keyed by user id). */
	askCooldown: RateLimiter;
	/** Auto-mode answers per channel a minute (keyed by channel id). */
	autoAnswers: RateLimiter;
	/** Logs, counts and times each interaction once it ends. */
	interactions: InteractionTracker;
	/** Autocomplete per member, and how much of it the engine works on at once. */
	autocomplete: AutocompleteGate;
	/** The last question of each conversation: by answer message (`msg:<id>`) and by answer thread (`thread:<id>`). */
	followUps: FollowUpMemory;
}
