import type { Logger } from 'pino';
import type { Factdesk } from '../core/Factdesk.ts';
import type { SettingsStore } from '../storage/SettingsStore.ts';
import type { RateLimiter } from './RateLimiter.ts';

/** Everything a command, button or message handler needs; built once in startBot and passed down. */
export interface BotContext {
	factdesk: Factdesk;
	store: SettingsStore;
	logger: Logger;
	/** Per-user cooldown on /ask and the context menu (keyed by user id). */
	askCooldown: RateLimiter;
	/** Auto-mode answers per channel a minute (keyed by channel id). */
	autoAnswers: RateLimiter;
}
