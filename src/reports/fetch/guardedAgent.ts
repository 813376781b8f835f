import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';
import { isPublicAddress } from './isPublicAddress.ts';
import { ReportRefused } from './ReportRefused.ts';

/** Which addresses a fetch may reach: isPublicAddress, or every one with FETCH_ALLOW_PRIVATE (tests). */
export type AddressRule = (address: string) => boolean;

/** The rule the configuration asks for. */
export function addressRule(allowPrivate: boolean): AddressRule {
	return allowPrivate ? () => true : isPublicAddress;
}

/**
 * An undici Agent whose every connection resolves its host here and refuses it when any resolved address is not
 * allowed (not public, by default): checked at connect time, so a name that resolves to a public address for a
 * check and to 127.0.0.1 for the connection (DNS rebinding) is still refused.
 *
 * @example
 * await fetch(url, { dispatcher: guardedAgent(isPublicAddress) });
 */
export function guardedAgent(allowed: AddressRule): Agent {
	return new Agent({
		connect: {
			lookup: (hostname, options, callback) => {
				dnsLookup(hostname, { all: true }, (error, addresses: LookupAddress[]) => {
					if (error) return callback(error, '', 4);
					const refused = addresses.find((a) => !allowed(a.address));
					if (refused) return callback(new ReportRefused('privateAddress', hostname), '', 4);
					const chosen = addresses[0];
					if (!chosen) return callback(new ReportRefused('unresolvable', hostname), '', 4);
					if ((options as { all?: boolean }).all) return (callback as AllCallback)(null, addresses);
					return callback(null, chosen.address, chosen.family);
				});
			},
		},
	});
}

type AllCallback = (error: Error | null, addresses: LookupAddress[]) => void;

/** Refuses `url` before any request when an address of its host is not allowed, or it does not resolve. */
export async function checkHost(url: URL, allowed: AddressRule): Promise<void> {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	const addresses = isIP(host)
		? [host]
		: await new Promise<string[]>((resolve, reject) =>
				dnsLookup(host, { all: true }, (error, found) =>
					error ? reject(new ReportRefused('unresolvable', host)) : resolve(found.map((a) => a.address)),
				),
			);
	if (addresses.length === 0) throw new ReportRefused('unresolvable', host);
	if (addresses.some((a) => !allowed(a))) throw new ReportRefused('privateAddress', host);
}
