import type { Client } from 'discord.js';
import type { Logger } from 'pino';

interface PacketHandler {
	handlePacket(packet?: unknown, shard?: unknown): boolean;
}

/**
 * Keeps a malformed gateway event from ending the process: discord.js turns each dispatch into its structures
 * (an interaction, a member, permissions…) outside any handler of ours, so a payload it cannot parse, such as
 * `permissions: "abc"` (BitFieldInvalid), would otherwise reject inside the gateway connection and, unhandled,
 * stop the bot. The event is logged and skipped; the ones after it are handled as usual.
 */
export function guardGateway(client: Client, logger: Logger): void {
	const manager = client.ws as unknown as PacketHandler;
	const handle = manager.handlePacket.bind(manager);
	manager.handlePacket = (packet, shard) => {
		try {
			return handle(packet, shard);
		} catch (error) {
			const event = (packet as { t?: unknown } | undefined)?.t;
			logger.warn({ err: error, event }, 'a malformed gateway event was skipped');
			return true;
		}
	};
}
