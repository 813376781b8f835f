import type { Factdesk } from '../core/Factdesk.ts';

/** The engine behind a boundary (another thread): the same operations as Factdesk, each answered later. */
export type AsyncFactdesk = {
	[K in keyof Factdesk]: (...args: Parameters<Factdesk[K]>) => Promise<ReturnType<Factdesk[K]>>;
};

/**
 * Every Factdesk method, once: the forms of the engine behind a boundary (this thread, a worker thread, one still
 * loading, the supervisor's current one) are all generated from this list, so a new method is added here and in
 * Factdesk alone. The type check fails when the list and the interface disagree.
 */
export const FACTDESK_METHODS = [
	'reports',
	'ask',
	'summarise',
	'facts',
	'factPage',
	'paragraph',
	'suggest',
] as const satisfies readonly (keyof Factdesk)[];

type Listed = (typeof FACTDESK_METHODS)[number];
// Fails to compile when Factdesk gains a method the list lacks.
const everyMethodListed: Record<Exclude<keyof Factdesk, Listed>, never> = {};
void everyMethodListed;

/** An AsyncFactdesk whose every method forwards its name and arguments to `forward`. */
export function forwardFactdesk(forward: (method: keyof Factdesk, args: unknown[]) => Promise<unknown>): AsyncFactdesk {
	return Object.fromEntries(
		FACTDESK_METHODS.map((method) => [method, (...args: unknown[]) => forward(method, args)]),
	) as AsyncFactdesk;
}

/**
 * An engine on this thread, seen as an AsyncFactdesk: what it throws becomes a rejection.
 *
 * @example
 * const desk = toAsyncFactdesk(createFactdesk(reports));
 * (await desk.ask('How many drones were shot down?')).answer; // '72'
 */
export function toAsyncFactdesk(factdesk: Factdesk): AsyncFactdesk {
	return forwardFactdesk(async (method, args) => (factdesk[method] as (...a: unknown[]) => unknown)(...args));
}

/**
 * An engine that is still starting, usable at once: each call waits until `ready` resolves (and rejects like it).
 *
 * @example
 * const desk = deferFactdesk(opening.then((o) => o.supervisor.factdesk)); // the bot logs in meanwhile
 */
export function deferFactdesk(ready: Promise<AsyncFactdesk>): AsyncFactdesk {
	return forwardFactdesk(async (method, args) =>
		((await ready)[method] as (...a: unknown[]) => Promise<unknown>)(...args),
	);
}
