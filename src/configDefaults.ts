/** How long one report may take to index by default (REPORT_INDEX_BUDGET_MS; the CLI, which reads no config). */
export const DEFAULT_REPORT_INDEX_BUDGET_MS = 2000;
/** Seconds a member waits between two /ask by default (ASK_COOLDOWN_SECONDS). */
export const DEFAULT_ASK_COOLDOWN_SECONDS = 5;
/** Unasked answers a channel gets a minute in auto mode by default (CHANNEL_ANSWERS_PER_MINUTE). */
export const DEFAULT_CHANNEL_ANSWERS_PER_MINUTE = 6;
