import type { Factdesk } from './Factdesk.ts';

/** The engine behind a boundary (another thread): the same operations as Factdesk, each answered later. */
export type AsyncFactdesk = {
	[K in keyof Factdesk]: (...args: Parameters<Factdesk[K]>) => Promise<ReturnType<Factdesk[K]>>;
};

/**
 * An engine on this thread, seen as an AsyncFactdesk: what it throws becomes a rejection.
 *
 * @example
 * const desk = toAsyncFactdesk(createFactdesk(reports));
 * (await desk.ask('How many drones were shot down?')).answer; // '72'
 */
export function toAsyncFactdesk(factdesk: Factdesk): AsyncFactdesk {
	return {
		reports: async () => factdesk.reports(),
		ask: async (question, report) => factdesk.ask(question, report),
		summarise: async (options) => factdesk.summarise(options),
		facts: async (query) => factdesk.facts(query),
		factPage: async (query, page, perPage) => factdesk.factPage(query, page, perPage),
		paragraph: async (paragraph, report) => factdesk.paragraph(paragraph, report),
		suggest: async (partial, limit) => factdesk.suggest(partial, limit),
	};
}

/**
 * An engine that is still starting, usable at once: each call waits until `ready` resolves (and rejects like it).
 *
 * @example
 * const desk = deferFactdesk(library.then((l) => l.factdesk)); // the bot logs in meanwhile
 */
export function deferFactdesk(ready: Promise<AsyncFactdesk>): AsyncFactdesk {
	return {
		reports: async () => (await ready).reports(),
		ask: async (question, report) => (await ready).ask(question, report),
		summarise: async (options) => (await ready).summarise(options),
		facts: async (query) => (await ready).facts(query),
		factPage: async (query, page, perPage) => (await ready).factPage(query, page, perPage),
		paragraph: async (paragraph, report) => (await ready).paragraph(paragraph, report),
		suggest: async (partial, limit) => (await ready).suggest(partial, limit),
	};
}
