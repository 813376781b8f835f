import { type Client, Events } from 'discord.js';

/**
 * Follows whether every gateway shard of `client` is connected: down from a disconnect, a reconnect attempt or a
 * shard error until READY or RESUMED. `onReconnect` is told each time a shard that was down is up again.
 *
 * @example
 * const gateway = trackGateway(client, () => metrics.gatewayReconnect());
 * gateway.ready(); // false until the client is ready, then false again while the connection is lost
 */
export function trackGateway(client: Client, onReconnect: () => void): { ready(): boolean } {
	const down = new Set<number>();
	let everReady = false;
	const lost = (shard: number) => down.add(shard);
	const back = (shard: number) => {
		if (down.delete(shard) && everReady) onReconnect();
	};
	client.on(Events.ShardDisconnect, (_event, shard) => lost(shard));
	client.on(Events.ShardReconnecting, lost);
	client.on(Events.ShardError, (_error, shard) => lost(shard));
	client.on(Events.ShardReady, back);
	client.on(Events.ShardResume, back);
	client.once(Events.ClientReady, () => {
		everReady = true;
	});
	return { ready: () => everReady && down.size === 0 && client.isReady() };
}
