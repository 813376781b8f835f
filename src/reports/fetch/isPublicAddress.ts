import { BlockList, isIP } from 'node:net';

/** Addresses no fetch may reach: loopback, private, link-local (cloud metadata), CGNAT, multicast, reserved. */
const blocked = new BlockList();
for (const [network, prefix] of [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.0.0.0', 24],
	['192.0.2.0', 24],
	['192.168.0.0', 16],
	['198.18.0.0', 15],
	['198.51.100.0', 24],
	['203.0.113.0', 24],
	['224.0.0.0', 4],
	['240.0.0.0', 4],
] as const)
	blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
	['::', 128],
	['::1', 128],
	['fc00::', 7],
	['fe80::', 10],
	['ff00::', 8],
	['64:ff9b::', 96],
	['100::', 64],
	['2001:db8::', 32],
] as const)
	blocked.addSubnet(network, prefix, 'ipv6');

/**
 * Whether `address` (an IP literal) is on the public internet. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as
 * the IPv4 address it carries.
 *
 * @example
 * isPublicAddress('93.184.216.34'); // true
 * isPublicAddress('169.254.169.254'); // false (metadata)
 */
export function isPublicAddress(address: string): boolean {
	const bare = address.replace(/^\[|\]$/g, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
	if (mapped) return isPublicAddress(mapped);
	const family = isIP(bare);
	if (family === 0) return false;
	return !blocked.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}
