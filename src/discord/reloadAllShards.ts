import type { Client } from 'discord.js';
import type { ReloadResult } from '../engine/ReloadResult.ts';

/** A reload as `/config reload` reports it: with how many shard processes reloaded, when there are several. */
export type ShardReloadResult = ReloadResult & { shards?: number };

/**
 * Makes `/config reload` reload every shard of this ShardingManager, not only the one the command reached: each
 * shard reloads its own engine (from the same folder) when asked through broadcastEval. Resolves with the first
 * failure, or a shard's result, with the number of shards asked. Without a manager it is `reload` itself.
 *
 * @example
 * const reloadReports = reloadAllShards(client, () => library.reload());
 */
export function reloadAllShards(client: Client, reload: () => Promise<ReloadResult>): () => Promise<ShardReloadResult> {
	const shard = client.shard;
	if (!shard) return reload;
	client.on('factdeskReload', (done: (result: ReloadResult) => void) => void reload().then(done));
	return async () => {
		// Runs in every shard process: the function is sent as text, so it can only use its argument.
		const results = (await shard.broadcastEval(
			(c) => new Promise((resolve) => c.emit('factdeskReload', resolve)),
		)) as ReloadResult[];
		const reloaded = results.find((result) => !result.ok) ?? results[0];
		return reloaded ? { ...reloaded, shards: results.length } : reload();
	};
}
