import type { FakeDiscord, InjectedResponse, RecordedRequest } from './FakeDiscord.ts';

/** The kinds of fault the fault tests inject. */
export type FaultKind =
	| 'connection drops'
	| 'invalid sessions (op 9)'
	| 'reconnect requests (op 7)'
	| '429s'
	| '500s'
	| 'slow responses'
	| 'slow engines';

/** What the fault tests injected so far, counted where each fault is actually injected. */
export const faultCounts: Record<FaultKind, number> = {
	'connection drops': 0,
	'invalid sessions (op 9)': 0,
	'reconnect requests (op 7)': 0,
	'429s': 0,
	'500s': 0,
	'slow responses': 0,
	'slow engines': 0,
};

/** One line for the end of the suite, e.g. "Faults injected: 3 connection drops, 2 invalid sessions (op 9), …". */
export function describeFaults(): string {
	const total = Object.values(faultCounts).reduce((sum, n) => sum + n, 0);
	const parts = Object.entries(faultCounts).map(([kind, n]) => `${n} ${kind}`);
	return `Faults injected: ${total} (${parts.join(', ')})`;
}

/**
 * Makes the stand-in answer the first `times` requests matching `match` with `response` instead of its own,
 * counting each as `kind`. Returns the matching requests seen (injected or not), in order.
 */
export function injectFault(
	discord: FakeDiscord,
	kind: FaultKind,
	match: (r: RecordedRequest) => boolean,
	response: (r: RecordedRequest) => InjectedResponse,
	times = 1,
): RecordedRequest[] {
	const seen: RecordedRequest[] = [];
	discord.fault = (request) => {
		if (!match(request)) return undefined;
		seen.push(request);
		if (seen.length > times) return undefined;
		faultCounts[kind]++;
		return response(request);
	};
	return seen;
}

/**
 * A 429 as Discord sends it for a per-route limit: `retry-after` and the `x-ratelimit-*` headers, and the JSON body
 * with `retry_after` in seconds.
 */
export function rateLimited(retryAfterSeconds: number): InjectedResponse {
	return {
		status: 429,
		headers: {
			'retry-after': String(Math.ceil(retryAfterSeconds)),
			'x-ratelimit-limit': '5',
			'x-ratelimit-remaining': '0',
			'x-ratelimit-reset': ((Date.now() + retryAfterSeconds * 1000) / 1000).toFixed(3),
			'x-ratelimit-reset-after': retryAfterSeconds.toFixed(3),
			'x-ratelimit-bucket': 'f4ctd35k0000',
			'x-ratelimit-scope': 'user',
		},
		body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
	};
}

/** A 500 with the body Discord sends for an internal error. */
export const serverError: InjectedResponse = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };

/** Waits (bounded, polling every 10 ms) until `condition` holds; fails naming `what`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
